package org.depinlab.simulator.model;

/**
 * The facility energy (IT energy x the site's PUE) of one GPU model in one region over a run, split
 * by what it powered, and what that work delivered. Busy + idle + wasted is all the energy the
 * group's online nodes drew.
 *
 * @param model          catalogue id of the GPU model
 * @param region         region name
 * @param carbonGPerKwh  the region's grid carbon intensity, gCO2e/kWh
 * @param busyJoules     full power of GPUs running jobs that completed or were still running at the end
 * @param idleJoules     idle power of online GPUs running nothing
 * @param wastedJoules   full power of GPUs running jobs whose run was thrown away (interrupted)
 * @param flop           FLOP of the jobs completed
 * @param completedJobs  jobs completed
 */
public record EnergyGroup(String model, String region, double carbonGPerKwh, double busyJoules, double idleJoules,
                          double wastedJoules, double flop, long completedJobs) {

    /** All the group's facility energy, joules. */
    public double joules() {
        return busyJoules + idleJoules + wastedJoules;
    }

    /** Its emissions, kgCO2e. */
    public double co2eKg() {
        return joules() / 3.6e6 * carbonGPerKwh / 1000;
    }
}
