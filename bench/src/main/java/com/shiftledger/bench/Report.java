package com.shiftledger.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures and checks of a run: printed as a table, written as JSON. */
final class Report {

    /** How a ratio is judged against its target. */
    enum Goal { AT_LEAST, AT_MOST, INFO }

    /** One figure: ShiftLedger's value, its baseline, their ratio and the target the ratio should meet. */
    record Figure(String scenario, String stage, String name, double value, String unit, double baseline,
                  String baselineName, double ratio, Goal goal, double target, Map<String, Object> details) {

        Boolean pass() {
            if (goal == Goal.INFO || Double.isNaN(ratio)) {
                return null;
            }
            return goal == Goal.AT_LEAST ? ratio >= target : ratio <= target;
        }

        String targetText() {
            return switch (goal) {
                case AT_LEAST -> "≥ " + format(target);
                case AT_MOST -> "≤ " + format(target);
                case INFO -> "";
            };
        }
    }

    /** One correctness check of the benchmark's own results: a failed one fails the run. */
    record Check(String scenario, String name, boolean ok, String detail) {
    }

    final Map<String, Object> meta = new LinkedHashMap<>();
    final List<Figure> figures = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    synchronized Figure figure(String scenario, String stage, String name, double value, String unit,
                               double baseline, String baselineName, Goal goal, double target,
                               Map<String, Object> details) {
        double ratio = Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
        Figure figure = new Figure(scenario, stage, name, value, unit, baseline, baselineName, ratio, goal, target,
                details);
        figures.add(figure);
        System.out.printf(Locale.ROOT, "  %-4s %-22s %-52s %12s %-8s vs %12s  ratio %s  %s%n", scenario, stage, name,
                format(value), unit, format(baseline), format(ratio), verdict(figure.pass()));
        return figure;
    }

    synchronized Check check(String scenario, String name, boolean ok, String detail) {
        Check check = new Check(scenario, name, ok, detail);
        checks.add(check);
        System.out.printf(Locale.ROOT, "  check %-4s %-44s %s  %s%n", scenario, name, ok ? "ok" : "FAILED", detail);
        return check;
    }

    synchronized void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    boolean checksPassed() {
        return checks.stream().allMatch(Check::ok);
    }

    boolean targetsMet() {
        return figures.stream().allMatch(f -> f.pass() == null || f.pass());
    }

    /** The table: figure, ShiftLedger, baseline, ratio, target, pass. */
    String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-4s | %-22s | %-56s | %14s | %14s | %9s | %9s | %s%n", "#", "stage",
                "figure", "ShiftLedger", "baseline", "ratio", "target", "pass"));
        table.append("-".repeat(160)).append('\n');
        for (Figure f : figures) {
            table.append(String.format(Locale.ROOT, "%-4s | %-22s | %-56s | %14s | %14s | %9s | %9s | %s%n",
                    f.scenario(), f.stage(), f.name(), format(f.value()) + " " + f.unit(),
                    Double.isNaN(f.baseline()) ? "" : format(f.baseline()),
                    Double.isNaN(f.ratio()) ? "" : format(f.ratio()), f.targetText(), verdict(f.pass())));
        }
        table.append('\n');
        for (Check c : checks) {
            table.append(String.format(Locale.ROOT, "check %-4s %-44s %-6s %s%n", c.scenario(), c.name(),
                    c.ok() ? "ok" : "FAILED", c.detail()));
        }
        return table.toString();
    }

    void write(Path directory, String stamp) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meta", meta);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", f.scenario());
            row.put("stage", f.stage());
            row.put("figure", f.name());
            row.put("value", round(f.value()));
            row.put("unit", f.unit());
            row.put("baseline", round(f.baseline()));
            row.put("baseline_is", f.baselineName());
            row.put("ratio", round(f.ratio()));
            row.put("target", f.targetText());
            row.put("pass", f.pass());
            row.put("details", f.details());
            rows.add(row);
        }
        json.put("figures", rows);
        json.put("checks", checks);
        json.put("checks_passed", checksPassed());
        json.put("targets_met", targetsMet());
        json.put("notes", notes);
        byte[] bytes = Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json);
        Files.write(directory.resolve(stamp + ".json"), bytes);
        Files.write(directory.resolve("latest.json"), bytes);
    }

    static String verdict(Boolean pass) {
        return pass == null ? "" : pass ? "pass" : "MISS";
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** A number rounded for the JSON (null for NaN). */
    static Object round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return Math.round(value * 10_000.0) / 10_000.0;
    }
}
