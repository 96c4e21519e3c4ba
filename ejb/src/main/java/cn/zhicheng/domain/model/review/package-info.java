/**
 * 专家评审 (人社部令第40号, SPEC §6): a committee's expert pool ({@link cn.zhicheng.domain.model.review.Expert}), the
 * meetings the office convenes ({@link cn.zhicheng.domain.model.review.ExpertMeeting}) with their members,
 * attendance, applications and recusals, and the rules of the quorum, recusal and result. The secret ballot itself
 * (turnout apart from ballots) is kept by the meeting service in two tables that no entity maps.
 */
package cn.zhicheng.domain.model.review;
