package org.depinlab.tokenomics.staking;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Bonded and unbonding stake of the accounts 0..n-1.
 *
 * <p>Life of a stake: {@link #bond} adds to the bonded amount; {@link #requestUnbond} in epoch e
 * moves an amount from bonded to unbonding, releasable from epoch {@code e + unbondingEpochs} on;
 * {@link #release} in epoch e' returns (and removes) every unbonding amount whose release epoch is
 * {@code <= e'}. Unbonding stake can still be slashed: {@link #slash} with fraction f removes
 * {@code f * (bonded + unbonding)} of the account, from the bonded amount first and then from the
 * unbonding requests, each scaled down by the same factor.
 *
 * <p>Amounts are finite and >= 0 and no amount goes below 0; anything else is refused with
 * {@link IllegalArgumentException} naming the account, and changes nothing.
 */
public final class StakeBook {

    private final int unbondingEpochs;
    private final double[] bonded;
    private final List<List<Unbonding>> unbonding;

    /**
     * @param accounts the number of accounts, >= 0; all start with nothing bonded
     * @param unbondingEpochs the delay between an unbonding request and its release, >= 0
     */
    public StakeBook(int accounts, int unbondingEpochs) {
        if (accounts < 0) {
            throw new IllegalArgumentException("accounts must be >= 0, was " + accounts);
        }
        if (unbondingEpochs < 0) {
            throw new IllegalArgumentException("unbondingEpochs must be >= 0, was " + unbondingEpochs);
        }
        this.unbondingEpochs = unbondingEpochs;
        this.bonded = new double[accounts];
        this.unbonding = new ArrayList<>(accounts);
        for (int i = 0; i < accounts; i++) {
            unbonding.add(new ArrayList<>());
        }
    }

    /** Adds {@code amount} to the bonded stake of {@code account}. */
    public void bond(int account, double amount) {
        checkAccount("bond", account);
        checkAmount("bond", account, amount);
        bonded[account] += amount;
    }

    /**
     * Moves {@code amount} of bonded stake to unbonding, releasable from epoch
     * {@code epoch + unbondingEpochs} on.
     *
     * @param epoch the epoch of the request, >= 0
     * @throws IllegalArgumentException if {@code amount} exceeds the bonded stake
     */
    public void requestUnbond(int account, double amount, int epoch) {
        checkAccount("unbond", account);
        checkAmount("unbond", account, amount);
        if (epoch < 0) {
            throw new IllegalArgumentException(
                    "unbond account " + account + ": epoch must be >= 0, was " + epoch);
        }
        if (amount > bonded[account]) {
            throw new IllegalArgumentException("unbond account " + account + ": bonded " + bonded[account]
                    + " is less than the amount " + amount);
        }
        bonded[account] -= amount;
        unbonding.get(account).add(new Unbonding(amount, (long) epoch + unbondingEpochs));
    }

    /**
     * Removes and returns the unbonding stake of {@code account} whose release epoch is
     * {@code <= epoch}; 0 when none.
     */
    public double release(int account, int epoch) {
        checkAccount("release", account);
        double released = 0;
        for (Iterator<Unbonding> requests = unbonding.get(account).iterator(); requests.hasNext();) {
            Unbonding request = requests.next();
            if (request.releaseEpoch() <= epoch) {
                released += request.amount();
                requests.remove();
            }
        }
        return released;
    }

    /**
     * Removes {@code fraction * (bonded + unbonding)} of {@code account}: from the bonded stake
     * first, then the rest from the unbonding requests, each scaled by the same factor.
     *
     * @param fraction in [0, 1]
     * @return the amount slashed, {@code fraction * (bonded + unbonding)} as it was before the call
     */
    public double slash(int account, double fraction) {
        checkAccount("slash", account);
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("slash account " + account
                    + ": fraction must be in [0, 1], was " + fraction);
        }
        double pending = unbonding(account);
        double slashed = fraction * (bonded[account] + pending);
        if (slashed <= bonded[account]) {
            bonded[account] -= slashed;
            return slashed;
        }
        double fromUnbonding = slashed - bonded[account];
        bonded[account] = 0;
        List<Unbonding> requests = unbonding.get(account);
        if (fraction == 1 || fromUnbonding >= pending) {
            requests.clear();
        } else {
            double kept = 1 - fromUnbonding / pending;
            requests.replaceAll(request -> new Unbonding(request.amount() * kept, request.releaseEpoch()));
        }
        return slashed;
    }

    public double bonded(int account) {
        checkAccount("bonded of", account);
        return bonded[account];
    }

    /** The stake of {@code account} requested for unbonding and not yet released. */
    public double unbonding(int account) {
        checkAccount("unbonding of", account);
        double pending = 0;
        for (Unbonding request : unbonding.get(account)) {
            pending += request.amount();
        }
        return pending;
    }

    /** The bonded stake of all accounts (unbonding excluded), a compensated sum. */
    public double totalBonded() {
        double sum = 0;
        double compensation = 0;
        for (double amount : bonded) {
            double next = sum + amount;
            if (sum >= amount) {
                compensation += (sum - next) + amount;
            } else {
                compensation += (amount - next) + sum;
            }
            sum = next;
        }
        return sum + compensation;
    }

    private void checkAccount(String operation, int account) {
        if (account < 0 || account >= bonded.length) {
            throw new IllegalArgumentException(operation + " account " + account
                    + ": no such account, accounts are 0 to " + (bonded.length - 1));
        }
    }

    private static void checkAmount(String operation, int account, double amount) {
        if (!(amount >= 0) || amount == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(operation + " account " + account
                    + ": amount must be finite and >= 0, was " + amount);
        }
    }

    private record Unbonding(double amount, long releaseEpoch) {
    }
}
