package cn.zhicheng.infrastructure.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Built-in education registry answering from {@code registry/registry-education.csv}. */
@ApplicationScoped
public class SimulatedEducationRegistry implements EducationRegistry {

    private final SeededTable<EducationRecord> certificates = new SeededTable<>(
            "registry/registry-education.csv",
            List.of("certificate_no", "school", "start_date", "end_date", "level", "major", "study_form", "degree",
                    "region"),
            f -> new EducationRecord(Keys.plain(f[0]), f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3]), f[4], f[5],
                    f[6], f[7], f[8]),
            EducationRecord::certificateNo);

    @Override
    public Optional<EducationRecord> findByCertificateNo(String certificateNo) {
        return certificates.find(Keys.plain(certificateNo));
    }
}
