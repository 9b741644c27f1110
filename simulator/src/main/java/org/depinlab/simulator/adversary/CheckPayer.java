package org.depinlab.simulator.adversary;

/** Who pays the checking nodes' fees (spot checks and redundant copies). */
public enum CheckPayer {
    /** The fee passes through the fee split like a customer's job's (the customer pays). */
    CUSTOMER,
    /** The checking node is paid its ask in full from the protocol's take. */
    PROTOCOL
}
