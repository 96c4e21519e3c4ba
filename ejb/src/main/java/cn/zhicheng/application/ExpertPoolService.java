package cn.zhicheng.application;

import java.util.List;

import jakarta.ejb.Local;

/**
 * 专家库: the office keeps the expert pools of its committees (OFFICE only, scoped to the caller's office). Each
 * member gets an {@code EXPERT} account of that committee with an initial password.
 */
@Local
public interface ExpertPoolService {

    /** The committees of the caller's office. */
    List<CatalogueChoice> committees();

    /** One page of a committee's pool, by name. */
    Page<ExpertView> pool(long committeeId, int first, int pageSize);

    /** 导出Excel of 专家库: the rows of {@link #pool} (the office's own committee only) above a key, by id, at most 1000. */
    List<ExpertView> poolAfter(long committeeId, Long afterId, int max);

    /** A new member's form for the committee: a term of three years from today (the platform's clock). */
    ExpertForm blank(long committeeId);

    /** Adds a member: a person (found by ID number, else created), an EXPERT account and the pool row. */
    ExpertView add(ExpertForm form);

    /** Corrects a member's unit, specialty, title level or term (the account and person stay). */
    ExpertView update(long expertId, ExpertForm form);

    /** The member as a form, to edit. */
    ExpertForm edit(long expertId);
}
