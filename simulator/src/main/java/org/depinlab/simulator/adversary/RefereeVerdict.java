package org.depinlab.simulator.adversary;

/**
 * Who a referee's run flags in a spot check's dispute (the checked result and the checker's differ).
 * A party is flagged when its result differs from the referee's. A cheater's wrong result is taken to
 * agree with every other wrong result (colluding, the worst case, as in a redundancy vote), so a
 * cheating referee clears the cheating parties and flags the honest ones. A false positive is a fault
 * of the checked node's honest result (its GPU's floating-point non-determinism), so an honest referee
 * finds it too.
 *
 * @param flagsChecked whether the node whose result was checked is flagged
 * @param flagsChecker whether the node that ran the check is flagged
 */
public record RefereeVerdict(boolean flagsChecked, boolean flagsChecker) {

    /**
     * @param checkedWrong the checked run cheated
     * @param checkedOff   the checked run was honest and failed by a false positive
     * @param checkerWrong the check's run cheated
     * @param refereeWrong the referee's run cheated
     */
    public static RefereeVerdict of(boolean checkedWrong, boolean checkedOff, boolean checkerWrong,
                                    boolean refereeWrong) {
        if (refereeWrong) {
            return new RefereeVerdict(!checkedWrong, !checkerWrong);
        }
        return new RefereeVerdict(checkedWrong || checkedOff, checkerWrong);
    }
}
