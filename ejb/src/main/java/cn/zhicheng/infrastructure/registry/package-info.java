/**
 * The external registries of SPEC §9 that the application form looks facts up in: education certificates
 * (学历证书编号), practice-exam results (准考证号) and social insurance (证件号码 → 现参保单位).
 *
 * <p>Each registry is an interface answered by a built-in {@code Simulated*Registry}, an {@code @ApplicationScoped}
 * bean that reads its seeded CSV under {@code registry/} on the class path once, at first use. A real adapter
 * replaces a simulator without touching the callers: implement the interface in a class annotated
 * {@code @Alternative} (and {@code @ApplicationScoped}), then enable it in {@code META-INF/beans.xml}
 * ({@code <alternatives><class>…</class></alternatives>}) of every bean archive that injects the registry, or
 * application-wide by giving it {@code @Priority}. The simulator stays in the build as the default for demos
 * and tests.
 */
package cn.zhicheng.infrastructure.registry;
