/** Materials (附件): the kinds of the checklist, the content and size each accepts, and when each is required. */
package cn.zhicheng.domain.model.application.material;
