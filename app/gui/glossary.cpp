#include "glossary.h"

#include <QWidget>

#include <utility>

namespace fitscope::gui {

std::vector<Glossary::Term> Glossary::terms() {
    return {
        {QStringLiteral("weights"), tr("Weights"), tr("The model's parameters as stored in the chosen format."),
         tr("Every parameter of the model, stored in the chosen format. At 16 bit a parameter takes 2 bytes, at "
            "INT8 one byte, at INT4 half a byte plus its share of the scales.")},
        {QStringLiteral("bits_per_weight"), tr("Bits per weight"),
         tr("Average storage per parameter, scales and zero-points included."),
         tr("The average number of bits one parameter takes in memory, including the scales and zero-points that "
            "quantized formats store per group. INT4 with groups of 128 is about 4.25 bits per weight, not 4.")},
        {QStringLiteral("group_size"), tr("Group size"), tr("How many weights share one scale in a quantized format."),
         tr("Quantized formats store one scale (and often a zero-point) for each group of consecutive weights. "
            "Smaller groups (g32) are more accurate but cost more bits per weight than larger ones (g128).")},
        {QStringLiteral("kv_cache"), tr("KV cache"),
         tr("Keys and values kept for every token, so they are not recomputed."),
         tr("While generating, a transformer keeps the attention keys and values of every earlier token of every "
            "sequence. It grows linearly with the context length and the batch: 2 × layers × KV heads × head "
            "dimension × tokens × bytes per value.")},
        {QStringLiteral("gqa"), tr("GQA (grouped-query attention)"),
         tr("Several query heads share one key/value head, which shrinks the KV cache."),
         tr("With grouped-query attention, groups of query heads share one key/value head. A model with 64 query "
            "heads and 8 KV heads caches 8 times less than the article's formula, which counts every hidden "
            "dimension.")},
        {QStringLiteral("activations"), tr("Activations"), tr("Temporary tensors alive during a forward pass."),
         tr("The intermediate results of a forward pass. At inference only the peak of one layer matters, "
            "reached while the prompt is processed (prefill); fine-tuning keeps far more for the backward pass.")},
        {QStringLiteral("overhead"), tr("Overhead"),
         tr("Runtime costs beyond weights and KV cache: CUDA context, libraries, allocator reserve."),
         tr("Memory the runtime needs besides the model: the CUDA context, cuBLAS and other libraries, the "
            "caching allocator's reserve and communication buffers. The article's simple rule adds a flat 20 % on "
            "top of the weights; the runtime profiles use measured figures.")},
        {QStringLiteral("context"), tr("Context length"), tr("Tokens per sequence, prompt and answer together."),
         tr("The number of tokens one sequence holds: the prompt plus the generated text. The KV cache grows "
            "linearly with it, which is why long contexts can need more memory than the weights.")},
        {QStringLiteral("batch"), tr("Batch"), tr("Sequences processed together, each with its own KV cache."),
         tr("The number of sequences served at the same time. Weights are shared; every sequence has its own KV "
            "cache and activations.")},
        {QStringLiteral("tensor_parallelism"), tr("Tensor parallelism"),
         tr("Every layer split across several GPUs, each holding a slice of every matrix."),
         tr("With tensor parallelism each of N GPUs holds 1/N of every weight matrix and of the KV heads; the "
            "GPUs exchange partial results twice per layer. Pipeline parallelism instead gives each GPU whole "
            "consecutive layers.")},
        {QStringLiteral("usable_memory"), tr("Usable memory"),
         tr("What a GPU offers after the driver's reserve, as nvidia-smi reports it."),
         tr("A GPU's datasheet (nominal) memory minus what the driver and ECC keep for themselves. FitScope "
            "compares the load with the usable figure.")},
    };
}

Glossary::Term Glossary::term(const QString& id) {
    for (Term& t : terms()) {
        if (t.id == id) {
            return std::move(t);
        }
    }
    return {};
}

QString Glossary::whatsThis(const QString& id) {
    const Term t = term(id);
    return t.id.isEmpty() ? QString() : QStringLiteral("<b>%1</b><p>%2</p>").arg(t.name.toHtmlEscaped(), t.details);
}

int Glossary::attach(QWidget* root) {
    // Which terms each control or chart is about. A widget under several terms gets them all.
    static const std::vector<std::pair<const char*, std::vector<const char*>>> uses{
        {"weightFormatCombo", {"weights", "bits_per_weight", "group_size"}},
        {"embeddingsFormatCombo", {"bits_per_weight"}},
        {"outputHeadFormatCombo", {"bits_per_weight"}},
        {"kvFormatCombo", {"kv_cache", "gqa"}},
        {"contextSlider", {"context", "kv_cache"}},
        {"contextEdit", {"context", "kv_cache"}},
        {"batchSpin", {"batch", "kv_cache"}},
        {"runtimeCombo", {"overhead", "activations"}},
        {"overheadSpin", {"overhead"}},
        {"gpuPicker", {"usable_memory", "tensor_parallelism"}},
        {"breakdownChart", {"weights", "kv_cache", "activations", "overhead", "usable_memory"}},
        {"contextChart", {"context", "kv_cache"}},
        {"derivationText", {"bits_per_weight", "gqa", "tensor_parallelism"}},
    };
    int count = 0;
    for (const auto& [name, ids] : uses) {
        const QList<QWidget*> widgets = root->findChildren<QWidget*>(QLatin1String(name));
        for (QWidget* w : widgets) {
            QString text;
            for (const char* id : ids) {
                text += whatsThis(QLatin1String(id));
            }
            w->setWhatsThis(text);
            if (w->toolTip().isEmpty()) {
                w->setToolTip(term(QLatin1String(ids.front())).tooltip);
            }
            ++count;
        }
    }
    return count;
}

} // namespace fitscope::gui
