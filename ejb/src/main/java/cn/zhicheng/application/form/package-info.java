/**
 * The 申报表 as the screens see it: one Serializable JavaBean per single section ({@link
 * cn.zhicheng.application.form.FormSection}) and per list row ({@link cn.zhicheng.application.form.FormListRow}),
 * small enough to live in a view-scoped bean and back PrimeFaces inputs. They carry values only: the submit rules
 * stay in the domain, and the service maps them onto the entities ({@code FormAssembler}).
 */
package cn.zhicheng.application.form;
