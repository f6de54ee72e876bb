// Training the knowledge enhancer and score mapper on cached features and nearest neighbours (hinge loss).
#pragma once

#include "engine/engine_config.h"
#include "engine/method/knowledge_enhancer.h"
#include "engine/method/score_mapper.h"

#include <functional>
#include <torch/torch.h>
#include <vector>

namespace dmad::method {

// Everything the loop reads; computed once because the backbone and the banks are fixed.
struct TrainingData {
    torch::Tensor normalFeatures;               // [In, N, C]
    torch::Tensor normalNn;                     // [In, N] int64 into M_n
    torch::Tensor normalNa;                     // [In, N] int64 into M_a
    torch::Tensor anomalyFeatures;              // [Ia, N, C], Ia may be 0 (undefined)
    torch::Tensor anomalyNn;                    // [Ia, N]
    torch::Tensor anomalyNa;                    // [Ia, N]
    std::vector<torch::Tensor> anomalyPatches;  // per seen anomaly: [Nf] int64, the filtered patches
    // Per seen anomaly: its category. Empty: the paper's sampling (patches of up to a batch of anomaly images
    // per step); else each step takes as many seen patches from every category (SeenAnomalyRules).
    std::vector<int> anomalyGroup;
    torch::Tensor normalBank;  // M_n rows [Kn, C]
    // [Kn]: d_n is divided by its row's scale (ScoreConfig::localNormalScale); undefined: one global scale.
    torch::Tensor normalScales;
    torch::Tensor abnormalBank;  // M_a rows [Ka, C]
    // [In] float (CPU): each normal image's factor on the pseudo negatives' noise; undefined: 1 for all.
    torch::Tensor noiseScales;
};

// heldOut [In, N] (the normal patches' distances to M_n, own image excluded), groups [In] (each image's
// category) -> [In] float (CPU): each image's category's mean distance over the mean of all, the factor on its
// pseudo negatives' noise (TrainConfig::pseudoNegativePerCategory).
torch::Tensor groupNoiseScales(const torch::Tensor& heldOut, const std::vector<int>& groups);

struct StepReport {
    int epoch = 0;  // 1-based, the epoch running
    int epochs = 0;
    std::int64_t step = 0;   // steps finished in all epochs
    std::int64_t steps = 0;  // total steps
    double epochLoss = -1;   // set when an epoch has just finished
};

struct TrainedHead {
    KnowledgeEnhancer enhancer{nullptr};
    ScoreMapper mapper{nullptr};
    std::vector<double> epochLoss;
    std::int64_t patchesPerEpoch = 0;
};

// L = mean max(0, 0.5 - Psi(o_n)) + l1 mean max(0, 0.5 + Psi(o_p)) + l2 mean max(0, 0.5 + Psi(o_a)).
// psiAnomalous may be empty.
torch::Tensor hingeLoss(const torch::Tensor& psiNormal, const torch::Tensor& psiPseudo,
                        const torch::Tensor& psiAnomalous, double lambda1, double lambda2);

// The loop: AdamW (paper's rates), batches of images, patchesPerImage queries per image and epoch,
// pseudo negatives o_p = o_n + N(0, std^2). onStep may throw to stop (cancel). Seeded: same data and
// seed give the same weights.
// normalDistanceWeight: w of ScoreConfig::normalDistanceWeight; the hinge then acts on the combined score.
// warmStart (optional): the enhancer and mapper start from these weights (copied, never changed) and the loop
// runs config.warmStartEpochs epochs, each on config.replayShare of the normal images (at least one batch)
// plus the seen anomalies; the input scale and the normal-distance statistics are kept from it.
TrainedHead trainHead(const TrainingData& data, const TrainConfig& config, AttentionMode attention, double lambda1,
                      double lambda2, double normalDistanceWeight, const std::function<void(const StepReport&)>& onStep,
                      const TrainedHead* warmStart = nullptr);

// Copies every parameter and buffer of from into to (same shapes). Throws EngineError(ModelMismatch) otherwise.
void copyWeights(const torch::nn::Module& from, torch::nn::Module& to);

}  // namespace dmad::method
