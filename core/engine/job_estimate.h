// One progress figure and ETA over every stage of a job, from measured costs per unit of work.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dmad {

// A job is a list of stages, each with its amount of work in its own units (images, patches x bank rows,
// epochs x queries). A stage's cost is units x seconds per unit: from a previous run on this machine when
// known (rates), else from a built-in default. While a stage runs its rate is refined from its own progress;
// finished stages scale the estimates of the ones still to come (a busy machine runs everything slower).
class JobEstimate {
public:
    struct Stage {
        std::string name;
        double units = 0.0;
        // The rate to use and learn (empty: name's). One stage can cost very differently per unit, e.g.
        // scoring with cold features and new banks against rescoring with everything cached.
        std::string rateKey = {};
        const std::string& key() const { return rateKey.empty() ? name : rateKey; }
    };
    using Rates = std::map<std::string, double>;  // stage name -> seconds per unit

    explicit JobEstimate(Rates measured = {});

    // The stages in the order they run; a stage reported but not planned is added with no cost.
    void plan(std::vector<Stage> stages);
    void append(const Stage& stage);

    // fraction of the named stage done (0..1) at now seconds since the job started. Stages before it
    // count as finished.
    void update(const std::string& stage, double fraction, double now);
    // Marks every stage finished at now (the rates of the last one are kept).
    void finish(double now);

    double totalSeconds() const;  // the whole job, as now estimated (elapsed + remaining)
    double etaSeconds() const;    // remaining; < 0 while nothing is known
    double fraction() const;      // 0..1 over the whole job
    // The rates to keep for the next job: the ones given, updated by this job's measured stages.
    Rates rates() const;

    static Rates defaultRates();
    // Text "name=seconds" per line; unknown or broken lines are skipped (a lost file only costs accuracy).
    static Rates readRates(const std::string& path);
    static void writeRates(const std::string& path, const Rates& rates);  // atomically; failures are ignored

private:
    struct Planned {
        Stage stage;
        double planned = 0.0;   // seconds, as estimated when the stage was planned
        double started = -1.0;  // seconds since the job started; < 0: not yet
        double finished = -1.0;
        double fraction = 0.0;
    };
    double rateOf(const std::string& name) const;
    void closeStage(int index, double now);
    double predictedSeconds(const Planned& p) const;  // the running stage's own estimate of its duration
    double speedFactor() const;                       // measured / planned over the stages seen so far

    Rates m_measured;  // this machine's rates (given, then refined)
    Rates m_defaults;
    std::vector<Planned> m_stages;
    int m_current = -1;
    double m_now = 0.0;
};

}  // namespace dmad
