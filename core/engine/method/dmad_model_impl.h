// What a trained DMAD model holds: both memory banks, the knowledge enhancer and the score mapper.
#pragma once

#include "engine/dmad_model.h"
#include "engine/method/abnormal_bank.h"
#include "engine/method/knowledge_enhancer.h"
#include "engine/method/normal_bank.h"
#include "engine/method/score_mapper.h"
#include "engine/scoring_cache.h"

#include <string>
#include <torch/torch.h>
#include <vector>

namespace dmad {

namespace method {
// sha256 of bank rows [K, C] as float32: names a memory bank (scoring cache keys, warm starts).
std::string digestOfRows(const torch::Tensor& rows);
}  // namespace method

struct DmadModel::Impl {
    ModelInfo info;
    AttentionMode attention = AttentionMode::OverImage;
    method::NormalBank normal;          // M_n
    method::AbnormalBank abnormal;      // M_o, M_as, M_p
    method::SearchIndex abnormalIndex;  // M_a, the union
    method::SearchIndex pseudoIndex;    // M_o alone: its neighbours are cached across retrains
    method::SearchIndex seenIndex;      // M_as U M_p: the rows a retrain adds, searched every time
    method::SearchIndex seenOnlyIndex;  // M_as alone: d_s of the seen-distance term
    method::KnowledgeEnhancer enhancer{nullptr};
    method::ScoreMapper mapper{nullptr};
    std::string normalDigest;  // sha256 of M_n's rows: names the bank in a ScoringCache
    std::string pseudoDigest;  // sha256 of M_o's rows, likewise

    // Eval mode, bank sizes into info, the M_a index built: call once after filling the members.
    void finalise();
    // The terms of B images' patch scores, each [B, N] on the engine device: learnt = -Psi(o),
    // normal = (d_n - mu) / sigma, seen = max(0, d_n - max(d_s, mu)) / sigma (zeros without M_as or unless wanted).
    struct PatchTerms {
        torch::Tensor learnt, normal, seen;
    };
    PatchTerms patchTerms(const std::vector<torch::Tensor>& qs, ScoringCache* cache,
                          const std::vector<std::string>& contentKeys, bool wantSeen) const;
    // s = learnt + w normal + v seen with the weights of scoring: [B, N].
    static torch::Tensor combine(const PatchTerms& t, const ScoreConfig& scoring);
    // q [N, C] -> s [N] (combine of patchTerms with the model's weights). Read-only: safe from several threads. With a cache and the image's
    // content key, q's nearest neighbours in M_n are looked up there (and remembered) instead of searched.
    torch::Tensor patchScores(const torch::Tensor& q, ScoringCache* cache = nullptr,
                              const std::string& contentKey = {}) const;
    // B images at once (the same N): qs [N, C] each, contentKeys (optional) theirs -> [B, N]. With a cache,
    // their nearest rows of M_n and M_o are looked up (and remembered); M_as U M_p is searched for all at once.
    torch::Tensor patchScores(const std::vector<torch::Tensor>& qs, ScoringCache* cache,
                              const std::vector<std::string>& contentKeys) const;
    torch::Tensor nearestNormal(const torch::Tensor& qd, ScoringCache* cache, const std::string& contentKey) const;
    method::Neighbours nearestPseudo(const torch::Tensor& qd, ScoringCache* cache, const std::string& contentKey) const;
};

}  // namespace dmad
