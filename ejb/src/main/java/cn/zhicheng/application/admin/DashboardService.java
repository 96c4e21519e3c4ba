package cn.zhicheng.application.admin;

import jakarta.ejb.Local;
import java.util.List;

/**
 * 统计分析 (SYS_ADMIN and BUREAU: everything submitted; OFFICE: its committees' applications that reached it), from
 * aggregate queries in the database (no rows are loaded): the caller's scope is the one visibility rule.
 */
@Local
public interface DashboardService {

    /** The review years that can be chosen, latest first. */
    List<Integer> years();

    Dashboard dashboard(int year);
}
