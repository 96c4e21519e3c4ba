package cn.zhicheng.infrastructure.demo;

import java.time.LocalDateTime;

import jakarta.enterprise.context.Dependent;

/** Demo applications in different states, built through the aggregate so that their history is real. */
@Dependent
public class DemoApplications {

    void load(LocalDateTime now) {
        // filled in once the application form model lands
    }
}
