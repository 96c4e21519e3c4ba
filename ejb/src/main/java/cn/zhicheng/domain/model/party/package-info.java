/** Parties: people, units and their personnel lists, accounts with their role and scope, handler grants. */
package cn.zhicheng.domain.model.party;
