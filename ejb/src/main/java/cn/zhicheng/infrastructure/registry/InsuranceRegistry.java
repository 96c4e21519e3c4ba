package cn.zhicheng.infrastructure.registry;

import java.util.Optional;

/** Social-insurance registry: 证件号码 → the unit that currently pays the person's social insurance. */
public interface InsuranceRegistry {

    /** The person's current insuring unit; empty when the person is not insured or the number is blank. */
    Optional<InsuranceRecord> findByIdNumber(String idNumber);
}
