// What a trained DMAD model holds: both memory banks, the knowledge enhancer and the score mapper.
#pragma once

#include "engine/dmad_model.h"
#include "engine/method/abnormal_bank.h"
#include "engine/method/knowledge_enhancer.h"
#include "engine/method/normal_bank.h"
#include "engine/method/score_mapper.h"

#include <torch/torch.h>

namespace dmad {

struct DmadModel::Impl {
    ModelInfo info;
    AttentionMode attention = AttentionMode::OverImage;
    method::NormalBank normal;          // M_n
    method::AbnormalBank abnormal;      // M_o, M_as, M_p
    method::SearchIndex abnormalIndex;  // M_a, the union searched at inference
    method::KnowledgeEnhancer enhancer{nullptr};
    method::ScoreMapper mapper{nullptr};

    // Eval mode, bank sizes into info, the M_a index built: call once after filling the members.
    void finalise();
    // q [N, C] -> s = -Psi(o) [N]. Read-only: safe from several threads.
    torch::Tensor patchScores(const torch::Tensor& q) const;
};

}  // namespace dmad
