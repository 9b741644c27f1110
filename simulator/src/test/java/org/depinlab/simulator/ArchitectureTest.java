package org.depinlab.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The simulator's packages depend one way: no cycle, the population knows nothing built on it, and
 * only the bench harness reaches the benchmarks (and JCuda).
 */
@AnalyzeClasses(packages = "org.depinlab.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycle = slices().matching("org.depinlab.simulator.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule networkDependsOnNoMarketModelOrProtocol = noClasses()
            .that().resideInAPackage("..simulator.network..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..simulator.market..", "..simulator.model..", "..simulator.protocol..");

    @ArchTest
    static final ArchRule studiesBuildOnSweepsAndOnlyTheCommandLineUsesThem = noClasses()
            .that().resideInAPackage("..simulator.study..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..simulator.workload..", "..simulator.network..", "..simulator.market..",
                    "..simulator.protocol..", "..simulator.check..", "..simulator.bench..", "..simulator.cli..");

    @ArchTest
    static final ArchRule nothingButTheCommandLineImportsStudies = noClasses()
            .that().resideOutsideOfPackages("..simulator.study..", "..simulator.cli..")
            .should().dependOnClassesThat().resideInAPackage("..simulator.study..");

    @ArchTest
    static final ArchRule adversaryDependsOnNoMarketModelOrProtocol = noClasses()
            .that().resideInAPackage("..simulator.adversary..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..simulator.market..", "..simulator.model..", "..simulator.protocol..",
                    "..simulator.scenario..", "..simulator.report..");

    @ArchTest
    static final ArchRule onlyTheBenchHarnessUsesTheBenchmarksAndJCuda = noClasses()
            .that().resideOutsideOfPackage("..simulator.bench..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("jcuda..", "org.depinlab.gpubench.bench..", "org.depinlab.gpubench.cpu..",
                    "org.depinlab.gpubench.cuda..");
}
