/**
 * The records of decisions (what a unit, the office, the bureau or the platform decided about an application),
 * one table per kind under the common {@code decision_record}; each written with its history entry in the same
 * transaction, append-only.
 */
package cn.zhicheng.domain.model.decision;
