package cn.zhicheng.infrastructure.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class SimulatedInsuranceRegistryTest {

    private final InsuranceRegistry registry = new SimulatedInsuranceRegistry();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "440304198501011235, 深圳市示例交通建设有限公司, 91440300MA5XXXX01A",
            "440305199003152343, 深圳市示例软件科技有限公司, 91440300MA5XXXX02B",
            "440306198807203451, 深圳市示例会计师事务所, 91440300MA5XXXX03C",
            "440307199205104561, 深圳市示例人民医院, 12440300MB2XXXX04D",
            "440308199511115679, 深圳市示例软件科技有限公司, 91440300MA5XXXX02B"
    })
    void findsEverySeededInsuredPerson(String idNumber, String unitName, String orgCode) {
        assertEquals(new InsuranceRecord(idNumber, unitName, orgCode),
                registry.findByIdNumber(idNumber).orElseThrow());
    }

    @Test
    void anUninsuredPersonIsEmpty() {
        assertTrue(registry.findByIdNumber("11010519491231002X").isEmpty());
        assertTrue(registry.findByIdNumber("440304198501011236").isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aBlankNumberIsEmpty(String idNumber) {
        assertTrue(registry.findByIdNumber(idNumber).isEmpty());
    }
}
