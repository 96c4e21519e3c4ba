package cn.zhicheng.application;

import java.io.Serializable;

/** A unit an individual may send an application to (报送单位), and why it is offered. */
public record UnitOption(Long id, String name, String reason) implements Serializable {
}
