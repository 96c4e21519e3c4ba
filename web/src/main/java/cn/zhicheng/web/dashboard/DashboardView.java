package cn.zhicheng.web.dashboard;

import cn.zhicheng.application.admin.Dashboard;
import cn.zhicheng.application.admin.DashboardService;
import cn.zhicheng.web.shell.LocaleView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * 统计分析 (SYS_ADMIN, BUREAU, OFFICE for its committees): the service's aggregates of the chosen review year as
 * Chart.js configurations for {@code p:chart} (PrimeFaces' bundled Chart.js 4), with the numbers in tables beside.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BLUE = "#1e6fd9";
    private static final String GREEN = "#22a06b";
    private static final String RED = "#d93025";
    private static final String AMBER = "#e8a317";

    @EJB
    DashboardService dashboards;

    @Inject
    LocaleView localeView;

    private List<Integer> years;
    private Integer year;
    private Dashboard dashboard;

    @PostConstruct
    void init() {
        years = dashboards.years();
        year = years.isEmpty() ? null : years.get(0);
        load();
    }

    public void load() {
        dashboard = year == null ? null : dashboards.dashboard(year);
    }

    public String getStageChart() {
        return bar(dashboard.perStage(), Dashboard.Count::label, c -> c.count(), text("dashboard.applications"), BLUE, false);
    }

    public String getCommitteeChart() {
        return bar(dashboard.perCommittee(), Dashboard.Count::label, c -> c.count(), text("dashboard.applications"), BLUE, true);
    }

    public String getSeriesChart() {
        return bar(dashboard.passBySeries(), Dashboard.Rate::label, Dashboard.Rate::percent, text("dashboard.passRate"), GREEN, false);
    }

    public String getUnitChart() {
        return bar(dashboard.passByUnit(), Dashboard.Rate::label, Dashboard.Rate::percent, text("dashboard.passRate"), GREEN, true);
    }

    /** Submissions per day; the deadline's day is red and named in the title. */
    public String getDayChart() {
        String deadlineDay = dashboard.deadline().toLocalDate().toString();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (Dashboard.DayCount d : dashboard.submissionsPerDay()) {
            labels.add(d.day().toString());
            data.add(d.count());
            colours.add(d.day().toString().equals(deadlineDay) ? RED : BLUE);
        }
        String title = text("dashboard.deadline") + dashboard.deadline().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", text("dashboard.submissions")).add("data", data).add("backgroundColor", colours)), false, title, true);
    }

    public String getTimeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder median = Json.createArrayBuilder();
        JsonArrayBuilder slowest = Json.createArrayBuilder();
        for (Dashboard.StageTime t : dashboard.timePerStage()) {
            labels.add(t.label());
            median.add(t.medianHours());
            slowest.add(t.slowestHours());
        }
        return chart("bar", labels, Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", text("dashboard.median")).add("data", median).add("backgroundColor", BLUE))
                .add(Json.createObjectBuilder().add("label", text("dashboard.slowest")).add("data", slowest).add("backgroundColor", AMBER)),
                false, null, false);
    }

    private <T> String bar(List<T> rows, Function<T, String> label, ToDoubleFunction<T> value, String series, String colour,
                           boolean horizontal) {
        return bar(rows, label, value, series, colour, horizontal, !series.equals(text("dashboard.passRate")));
    }

    private <T> String bar(List<T> rows, Function<T, String> label, ToDoubleFunction<T> value, String series, String colour,
                           boolean horizontal, boolean counts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (T row : rows) {
            labels.add(label.apply(row));
            data.add(value.applyAsDouble(row));
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", series)
                .add("data", data).add("backgroundColor", colour)), horizontal, null, counts);
    }

    /** A Chart.js configuration; {@code counts}: whole numbers on the value axis. */
    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal,
                                String title, boolean counts) {
        JsonObjectBuilder plugins = Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom"));
        if (title != null) {
            plugins.add("title", Json.createObjectBuilder().add("display", true).add("text", title).add("color", RED));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", plugins)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                        Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", counts ? 0 : 1))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private String text(String key) {
        return localeView.bundle().getString(key);
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
