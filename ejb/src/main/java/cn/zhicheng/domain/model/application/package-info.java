/**
 * The application aggregate and its workflow: one table of transitions ({@link cn.zhicheng.domain.model.application.Workflow})
 * that {@link cn.zhicheng.domain.model.application.Application#apply} applies, checking the actor's role, scope and
 * the current state, and returning the history entry to write in the same transaction.
 */
package cn.zhicheng.domain.model.application;
