package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.depinlab.simulator.data.CsvTable;
import org.depinlab.simulator.protocol.DeviceWeights;
import org.depinlab.simulator.protocol.FeePolicy;
import org.depinlab.simulator.protocol.OperatorDecisions;
import org.depinlab.simulator.protocol.OutsideFlows;
import org.depinlab.simulator.protocol.PriceModel;
import org.depinlab.simulator.protocol.ProtocolConfig;
import org.depinlab.simulator.protocol.ReputationRule;
import org.depinlab.simulator.protocol.SybilSplitting;
import org.depinlab.tokenomics.emission.CappedEmission;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.emission.EmissionSchedule;
import org.depinlab.tokenomics.emission.ExponentialDecayEmission;
import org.depinlab.tokenomics.emission.HalvingEmission;
import org.depinlab.tokenomics.emission.TableEmission;
import org.depinlab.tokenomics.reward.CappedRule;
import org.depinlab.tokenomics.reward.ConcaveWork;
import org.depinlab.tokenomics.reward.ProRataCapacity;
import org.depinlab.tokenomics.reward.ProRataStake;
import org.depinlab.tokenomics.reward.ProRataUptime;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.depinlab.tokenomics.reward.RelativeCappedRule;
import org.depinlab.tokenomics.reward.RewardRule;
import org.depinlab.tokenomics.reward.TieredWork;
import org.depinlab.tokenomics.reward.WeightedHybrid;
import org.depinlab.tokenomics.vesting.Grant;

/** Reads the {@code protocol} section of a scenario into a {@link ProtocolConfig}. */
final class ProtocolSection {

    private static final double MAX = 1e18;

    /** The keys of the protocol section. */
    static final List<String> FIELDS = List.of("emission", "reward", "work", "fee_take_rate", "burn_and_mint", "price",
            "genesis_tokens", "allocations", "slash_fraction_per_fault", "max_slash_share_per_epoch",
            "unbonding_epochs", "sell_share", "amortization_years", "decisions", "sybil", "capital_cost_rate_per_year",
            "reputation", "restake_share", "fee_burn_share", "take_to_stakers");
    private static final List<String> EMISSION = List.of("constant_per_epoch", "halving", "exponential_decay",
            "table_per_epoch", "table_per_month", "inflation", "baseline", "cap_tokens");
    private static final List<String> REWARD = List.of("rule", "alpha", "thresholds", "multipliers", "parts",
            "cap_share", "cap_mean_multiple", "min_stake_tokens_per_gpu");
    /** A part of a hybrid rule: a rule with its weight. */
    private static final List<String> REWARD_PART = Stream.concat(Stream.of("weight"), REWARD.stream()).toList();
    private static final List<String> PRICE = List.of("constant_usd", "gbm", "amm", "replay", "monthly_usd");
    /** A month of a monthly series: 30 days (the 1kx figures are calendar months; the difference is under 3.5 %). */
    private static final double HOURS_PER_MONTH = 30 * 24;
    private static final List<String> DECISIONS = List.of("window_epochs", "exit_margin", "shrink_margin",
            "expand_margin", "entry_margin", "initial_cash_share");

    private ProtocolSection() {
    }

    /**
     * @param operatorClasses the network's operator classes: an allocation holder may not bear one's
     *                        name (both are stakeholder groups of {@code value_capture})
     * @param modelId         the catalogue id of a GPU model name; throws, naming the allowed ones, for an unknown one
     */
    static ProtocolConfig read(Fields f, double epochHours, InputFiles inputs, List<String> operatorClasses,
                               UnaryOperator<String> modelId) {
        double genesis = f.number("genesis_tokens", 0, MAX, 0);
        EmissionSchedule emission = emission(f.object("emission", EMISSION), epochHours, genesis);
        List<DeviceWeights> devices = new ArrayList<>();
        RewardRule rule = reward(f.object("reward", REWARD), modelId, devices);
        ProtocolConfig.WorkMeasure work = f.choice("work", ProtocolConfig.WorkMeasure.class,
                ProtocolConfig.WorkMeasure.GPU_SECONDS);
        double take = f.number("fee_take_rate", 0, 0.99, 0);
        boolean burn = f.bool("burn_and_mint", false);
        PriceModel price = price(f.object("price", PRICE), inputs, epochHours);
        List<Grant> allocations = new ArrayList<>();
        if (f.has("allocations")) {
            for (Fields a : f.objects("allocations", List.of("holder", "tokens", "cliff_epochs", "vesting_epochs"))) {
                String holder = a.text("holder");
                if (operatorClasses.contains(holder)) {
                    throw a.error(a.child("holder"), "'" + holder + "' is the name of an operator class (allowed: a"
                            + " name that is none of " + String.join(", ", operatorClasses) + ")");
                }
                allocations.add(new Grant(holder, a.number("tokens", 0, MAX),
                        a.integer("cliff_epochs", 0, Integer.MAX_VALUE, 0),
                        a.integer("vesting_epochs", 0, Integer.MAX_VALUE, 0)));
                a.done();
            }
        }
        double allocated = allocations.stream().mapToDouble(Grant::tokens).sum();
        double pooled = price.poolTokens() + price.outsideFlows().map(OutsideFlows::floatTokens).orElse(0.0);
        if (genesis < allocated + pooled) {
            throw f.error(f.child("genesis_tokens"), Fields.fmt(genesis) + " cannot cover the allocations ("
                    + Fields.fmt(allocated) + ") and the AMM pool's tokens with outsiders' float (" + Fields.fmt(pooled) + ") (allowed: at"
                    + " least " + Fields.fmt(allocated + pooled) + ")");
        }
        double slash = f.number("slash_fraction_per_fault", 0, 1, 0);
        double maxSlash = f.number("max_slash_share_per_epoch", 0, 1,
                ProtocolConfig.DEFAULT_MAX_SLASH_SHARE_PER_EPOCH);
        int unbonding = f.integer("unbonding_epochs", 0, 1_000_000, 0);
        double sell = f.number("sell_share", 0, 1, 0.5);
        double years = f.number("amortization_years", 0.01, 100, 3);
        double capitalRate = f.number("capital_cost_rate_per_year", 0, 1, 0);
        Optional<OperatorDecisions> decisions = f.has("decisions")
                ? Optional.of(decisions(f.object("decisions", DECISIONS))) : Optional.empty();
        Optional<SybilSplitting> sybil = Optional.empty();
        if (f.has("sybil")) {
            Fields s = f.object("sybil", List.of("max_identities", "cost_usd_per_identity_epoch", "review_epochs"));
            sybil = Optional.of(new SybilSplitting(s.integer("max_identities", 1, 64),
                    s.number("cost_usd_per_identity_epoch", 0, MAX), s.integer("review_epochs", 1, 1_000_000, 24)));
            s.done();
        }
        Optional<ReputationRule> reputation = Optional.empty();
        if (f.has("reputation")) {
            Fields r = f.object("reputation", List.of("decay_per_epoch", "prior_weight"));
            reputation = Optional.of(new ReputationRule(r.number("decay_per_epoch", 0, 1),
                    r.number("prior_weight", 1e-6, 1e9, 2)));
            r.done();
        }
        double restake = f.number("restake_share", 0, 1, 0);
        FeePolicy fees = new FeePolicy(f.number("fee_burn_share", 0, 1, 0), f.bool("take_to_stakers", false));
        f.done();
        try {
            return new ProtocolConfig(emission, rule, work, take, burn, price, genesis, allocations, slash, maxSlash,
                    unbonding, sell, years * 365 * 24 / epochHours, decisions, sybil, capitalRate, reputation, restake,
                    devices.stream().findFirst(), fees);
        } catch (IllegalArgumentException e) {
            throw f.error(f.path(), e.getMessage());
        }
    }

    private static EmissionSchedule emission(Fields f, double epochHours, double genesis) {
        EmissionSchedule schedule;
        String kind = f.oneOf("constant_per_epoch", "halving", "exponential_decay", "table_per_epoch",
                "table_per_month", "inflation", "baseline");
        if ("constant_per_epoch".equals(kind)) {
            schedule = new ConstantEmission(f.number("constant_per_epoch", 0, MAX));
        } else if ("halving".equals(kind)) {
            Fields h = f.object("halving", List.of("initial_per_epoch", "epochs_per_halving"));
            schedule = new HalvingEmission(h.number("initial_per_epoch", 0, MAX),
                    h.integer("epochs_per_halving", 1, Integer.MAX_VALUE));
            h.done();
        } else if ("exponential_decay".equals(kind)) {
            Fields d = f.object("exponential_decay", List.of("initial_per_epoch", "decay_per_epoch"));
            schedule = new ExponentialDecayEmission(d.number("initial_per_epoch", 0, MAX),
                    d.number("decay_per_epoch", 0, 0.999999));
            d.done();
        } else if ("table_per_epoch".equals(kind)) {
            schedule = new TableEmission(f.numbers("table_per_epoch", 0, MAX));
        } else if ("table_per_month".equals(kind)) {
            List<Double> months = f.numbers("table_per_month", 0, MAX);
            schedule = new TableEmission(perEpoch(months, epochHours, epochHours / HOURS_PER_MONTH));
        } else if ("inflation".equals(kind)) {
            schedule = EmissionKinds.inflation(f.object("inflation", EmissionKinds.INFLATION), epochHours, genesis);
        } else if ("baseline".equals(kind)) {
            schedule = EmissionKinds.baseline(f.object("baseline", EmissionKinds.BASELINE), epochHours);
            if (f.has("cap_tokens")) {
                throw f.error(f.child("cap_tokens"), "does not apply to baseline minting, whose total is its"
                        + " total_tokens (allowed: remove it)");
            }
        } else {
            f.done();
            throw f.error(f.path(), "names no schedule (allowed: constant_per_epoch, halving, exponential_decay,"
                    + " table_per_epoch, table_per_month, inflation, baseline)");
        }
        if (f.has("cap_tokens")) {
            schedule = new CappedEmission(schedule, f.number("cap_tokens", 0, MAX));
        }
        f.done();
        return schedule;
    }

    enum RuleKind { PRO_RATA_WORK, PRO_RATA_UPTIME, PRO_RATA_STAKE, CONCAVE_WORK, TIERED_WORK, DEVICE_WEIGHTED, HYBRID }

    /** A reward rule; a {@code device_weighted} one, of which there may be one, adds its weights to {@code devices}. */
    private static RewardRule reward(Fields f, UnaryOperator<String> modelId, List<DeviceWeights> devices) {
        RuleKind kind = f.choice("rule", RuleKind.class, null);
        if (kind == null) {
            throw f.error(f.child("rule"), "is required (allowed: pro_rata_work, pro_rata_uptime, pro_rata_stake,"
                    + " concave_work, tiered_work, device_weighted, hybrid)");
        }
        RewardRule rule = switch (kind) {
            case PRO_RATA_WORK -> new ProRataWork();
            case PRO_RATA_UPTIME -> new ProRataUptime();
            case PRO_RATA_STAKE -> new ProRataStake();
            case CONCAVE_WORK -> new ConcaveWork(f.number("alpha", 1e-6, 1));
            case TIERED_WORK -> tiered(f);
            case DEVICE_WEIGHTED -> {
                if (!devices.isEmpty()) {
                    throw f.error(f.child("rule"), "device_weighted is given twice: the device weights are the"
                            + " network's, one table (allowed: one device_weighted rule)");
                }
                devices.add(new DeviceWeights(f.weights("multipliers", modelId),
                        f.number("min_stake_tokens_per_gpu", 0, MAX, 0)));
                yield new ProRataCapacity();
            }
            case HYBRID -> {
                List<RewardRule> rules = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                for (Fields part : f.objects("parts", REWARD_PART)) {
                    weights.add(part.number("weight", Double.MIN_VALUE, MAX));
                    rules.add(reward(part, modelId, devices));
                }
                yield new WeightedHybrid(rules, weights);
            }
        };
        String cap = f.oneOf("cap_share", "cap_mean_multiple");
        if ("cap_share".equals(cap)) {
            rule = new CappedRule(rule, f.number("cap_share", Double.MIN_VALUE, 1));
        } else if ("cap_mean_multiple".equals(cap)) {
            rule = new RelativeCappedRule(rule, f.number("cap_mean_multiple", 1, 1e9));
        }
        f.done();
        return rule;
    }

    private static RewardRule tiered(Fields f) {
        List<Double> thresholds = f.numbers("thresholds", 0, MAX);
        List<Double> multipliers = f.numbers("multipliers", 1e-9, MAX);
        try {
            return new TieredWork(thresholds, multipliers);
        } catch (IllegalArgumentException e) {
            throw f.error(f.path(), e.getMessage() + " (allowed: as many multipliers as thresholds, thresholds"
                    + " ascending from 0)");
        }
    }

    private static PriceModel price(Fields f, InputFiles inputs, double epochHours) {
        PriceModel price;
        String kind = f.oneOf("constant_usd", "gbm", "amm", "replay", "monthly_usd");
        if ("constant_usd".equals(kind)) {
            price = new PriceModel.Constant(f.number("constant_usd", Double.MIN_VALUE, MAX));
        } else if ("gbm".equals(kind)) {
            Fields g = f.object("gbm", List.of("initial_usd", "drift_per_epoch", "volatility_per_epoch"));
            price = new PriceModel.Gbm(g.number("initial_usd", Double.MIN_VALUE, MAX),
                    g.number("drift_per_epoch", -1, 1), g.number("volatility_per_epoch", 0, 10));
            g.done();
        } else if ("amm".equals(kind)) {
            Fields a = f.object("amm", List.of("token_reserve", "usd_reserve", OutsideFlowSection.FIELD));
            price = new PriceModel.Amm(a.number("token_reserve", Double.MIN_VALUE, MAX),
                    a.number("usd_reserve", Double.MIN_VALUE, MAX), OutsideFlowSection.read(a));
            a.done();
        } else if ("replay".equals(kind)) {
            Fields r = f.object("replay", List.of("file", "column"));
            Path file = inputs.require(r, "file");
            String column = r.text("column", "usd");
            r.done();
            price = new PriceModel.Replay(replayed(file, column));
        } else if ("monthly_usd".equals(kind)) {
            price = new PriceModel.Replay(perEpoch(f.numbers("monthly_usd", Double.MIN_VALUE, MAX), epochHours, 1));
        } else {
            f.done();
            throw f.error(f.path(), "names no price model (allowed: constant_usd, gbm, amm, replay, monthly_usd)");
        }
        f.done();
        return price;
    }

    /**
     * A monthly series as one value per epoch: every epoch takes the value of the 30-day month it
     * starts in, times {@code scale} (an emission per month spread evenly over its epochs; 1 for a price).
     */
    static List<Double> perEpoch(List<Double> months, double epochHours, double scale) {
        List<Double> epochs = new ArrayList<>();
        for (int e = 0; ; e++) {
            int month = (int) Math.floor(e * epochHours / HOURS_PER_MONTH);
            if (month >= months.size()) {
                return epochs;
            }
            epochs.add(months.get(month) * scale);
        }
    }

    /** One price per epoch from a CSV column, in file order. */
    private static List<Double> replayed(Path file, String column) {
        CsvTable table = CsvTable.read(file, List.of(column));
        List<Double> prices = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            double value = table.decimal(row, column);
            if (!(value > 0) || Double.isInfinite(value)) {
                throw table.error(row, column + " is " + table.text(row, column) + " (allowed: a price > 0)");
            }
            prices.add(value);
        }
        if (prices.isEmpty()) {
            throw table.headerError("no prices (the file has a header only)");
        }
        return prices;
    }

    private static OperatorDecisions decisions(Fields f) {
        int window = f.integer("window_epochs", 1, 1_000_000);
        double exit = f.number("exit_margin", -1e6, 1e6);
        double shrink = f.number("shrink_margin", -1e6, 1e6);
        double expand = f.number("expand_margin", -1e6, 1e6);
        if (f.has("entry_margin")) {
            throw f.error(f.child("entry_margin"), "was retired: entrants now judge their own return on full cost"
                    + " (network.entry's payback_months and hurdle_rate, each class's entrants_per_month) (allowed:"
                    + " remove it)");
        }
        double cash = f.number("initial_cash_share", 0, 1e6, 0.5);
        if (!(exit < shrink)) {
            throw f.error(f.path(), "needs exit_margin < shrink_margin (hysteresis), found " + exit + ", " + shrink);
        }
        f.done();
        return new OperatorDecisions(window, exit, shrink, expand, cash);
    }
}
