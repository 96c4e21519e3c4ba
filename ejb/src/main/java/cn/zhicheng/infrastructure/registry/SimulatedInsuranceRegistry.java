package cn.zhicheng.infrastructure.registry;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Built-in social-insurance registry answering from {@code registry/registry-insurance.csv}. */
@ApplicationScoped
public class SimulatedInsuranceRegistry implements InsuranceRegistry {

    private final SeededTable<InsuranceRecord> insured = new SeededTable<>(
            "registry/registry-insurance.csv",
            List.of("id_number", "unit_name", "org_code"),
            f -> new InsuranceRecord(Keys.idNumber(f[0]), f[1], f[2]),
            InsuranceRecord::idNumber);

    @Override
    public Optional<InsuranceRecord> findByIdNumber(String idNumber) {
        return insured.find(Keys.idNumber(idNumber));
    }
}
