// fitscope-cli quant: quantize a generated or .npy tensor with any schemes and print the metrics.

#include "cli_common.h"
#include "core/quant/lab.h"
#include "core/quant/npy_io.h"
#include "core/quant/sample_tensor.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>

namespace fitscope::cli {

namespace quant = fitscope::quant;

namespace {

// Ctrl-C sets the token; the running scheme stops at its next check and the command exits with 2.
quant::CancelToken g_cancel;
extern "C" void onSigint(int) {
    g_cancel.cancel();
}

// JSON has no Inf/NaN: non-finite metrics become null.
nlohmann::json number(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

// "SCHEME:PATH" pairs from repeated options.
std::map<std::string, std::string> schemePaths(const QStringList& values, const QString& option) {
    std::map<std::string, std::string> out;
    for (const QString& v : values) {
        const auto colon = v.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == v.size() - 1) {
            throw UsageError(QStringLiteral("--%1 expects SCHEME:PATH, got '%2'").arg(option, v).toStdString());
        }
        out[v.left(colon).toStdString()] = v.mid(colon + 1).toStdString();
    }
    return out;
}

} // namespace

int runQuant(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Quantize a tensor with several schemes and compare the errors."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("tensor"),
         QStringLiteral("gaussian, laplace, transformer, or a .npy file (float32/float16, C order)"),
         QStringLiteral("kind|PATH"), QStringLiteral("transformer")},
        {QStringLiteral("rows"), QStringLiteral("rows (output features) of a generated tensor"), QStringLiteral("R"),
         QStringLiteral("1024")},
        {QStringLiteral("cols"), QStringLiteral("columns (input features) of a generated tensor"), QStringLiteral("C"),
         QStringLiteral("1024")},
        {QStringLiteral("tokens"), QStringLiteral("calibration tokens"), QStringLiteral("T"), QStringLiteral("512")},
        {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"), QStringLiteral("42")},
        {QStringLiteral("calib"), QStringLiteral("calibration activations (.npy, tokens x cols) for a loaded tensor"),
         QStringLiteral("PATH")},
        {QStringLiteral("schemes"), QStringLiteral("comma-separated scheme names, or 'all'"), QStringLiteral("LIST"),
         QStringLiteral("all")},
        {QStringLiteral("threshold"), QStringLiteral("LLM.int8() outlier threshold"), QStringLiteral("X"),
         QStringLiteral("6.0")},
        {QStringLiteral("act-order"), QStringLiteral("GPTQ: quantize columns by decreasing Hessian diagonal")},
        {QStringLiteral("threads"), QStringLiteral("worker threads (0 = all)"), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("json"), QStringLiteral("print JSON")},
        {QStringLiteral("dump-dequant"), QStringLiteral("write SCHEME's dequantized tensor as float32 .npy"),
         QStringLiteral("SCHEME:OUT.npy")},
        {QStringLiteral("dump-packed"), QStringLiteral("write SCHEME's stored bytes exactly as laid out in memory"),
         QStringLiteral("SCHEME:OUT.bin")},
        {QStringLiteral("list"), QStringLiteral("list the schemes and exit")},
    });
    parseOrThrow(parser, QStringLiteral("quant"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        std::string text;
        for (const auto& name : quant::schemeNames()) {
            text += name + "  " + quant::schemeOrThrow(name).description() + "\n";
        }
        printOut(text);
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        throw UsageError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
    }

    std::vector<std::string> schemes;
    const QString list = parser.value(QStringLiteral("schemes"));
    if (list == QLatin1String("all")) {
        schemes = quant::schemeNames();
    } else {
        for (const QString& s : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::string name = s.trimmed().toStdString();
            quant::schemeOrThrow(name); // unknown -> QuantError -> exit 2
            schemes.push_back(name);
        }
    }
    if (schemes.empty()) {
        throw UsageError("--schemes is empty");
    }
    const auto dequant_dumps =
        schemePaths(parser.values(QStringLiteral("dump-dequant")), QStringLiteral("dump-dequant"));
    const auto packed_dumps = schemePaths(parser.values(QStringLiteral("dump-packed")), QStringLiteral("dump-packed"));
    for (const auto& [name, path] : dequant_dumps) {
        if (std::find(schemes.begin(), schemes.end(), name) == schemes.end()) {
            throw UsageError("--dump-dequant names scheme '" + name + "' which is not in --schemes");
        }
    }
    for (const auto& [name, path] : packed_dumps) {
        if (std::find(schemes.begin(), schemes.end(), name) == schemes.end()) {
            throw UsageError("--dump-packed names scheme '" + name + "' which is not in --schemes");
        }
    }

    // Bounded so a typo cannot ask for more memory than the machine has (2^31 values = 8 GiB).
    const std::int64_t max_dim = std::int64_t{1} << 20;
    const std::int64_t rows = parsePositiveInt(parser.value(QStringLiteral("rows")), QStringLiteral("--rows"), max_dim);
    const std::int64_t cols = parsePositiveInt(parser.value(QStringLiteral("cols")), QStringLiteral("--cols"), max_dim);
    const std::int64_t tokens =
        parsePositiveInt(parser.value(QStringLiteral("tokens")), QStringLiteral("--tokens"), max_dim);
    bool seed_ok = false;
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&seed_ok);
    if (!seed_ok) {
        throw UsageError("--seed: '" + parser.value(QStringLiteral("seed")).toStdString() + "' is not a whole number");
    }
    const double threshold =
        parseNumber(parser.value(QStringLiteral("threshold")), QStringLiteral("--threshold"), 0.0, 1e6);
    bool threads_ok = false;
    const int threads = parser.value(QStringLiteral("threads")).toInt(&threads_ok);
    if (!threads_ok || threads < 0 || threads > 1024) {
        throw UsageError("--threads must be between 0 and 1024");
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    g_cancel.reset();
    std::signal(SIGINT, onSigint);
    quant::Control control;
    control.cancel = &g_cancel;

    const QString tensor = parser.value(QStringLiteral("tensor"));
    quant::Matrix weight;
    quant::Matrix calibration;
    nlohmann::json tensor_info;
    std::vector<std::int64_t> generated_outliers;
    try {
        if (tensor == QLatin1String("gaussian") || tensor == QLatin1String("laplace") ||
            tensor == QLatin1String("transformer")) {
            quant::requireShape(rows, cols, "--rows x --cols");
            quant::requireShape(tokens, cols, "--tokens x --cols");
            if (rows * cols + tokens * cols > (std::int64_t{1} << 31)) {
                throw quant::QuantError("--rows, --cols and --tokens ask for more than 2^31 values (8 GiB)");
            }
            quant::SampleSpec spec;
            spec.kind = quant::sampleKindFromName(tensor.toStdString());
            spec.rows = rows;
            spec.cols = cols;
            spec.tokens = tokens;
            spec.seed = seed;
            quant::Control gen = control;
            gen.progress = [](double f) { std::fprintf(stderr, "\rgenerating %5.1f%%", 100.0 * f); };
            quant::SampleSet set = quant::generateSample(spec, gen);
            std::fprintf(stderr, "\r                      \r");
            weight = std::move(set.weight);
            calibration = std::move(set.calibration);
            generated_outliers = set.outlier_features;
            tensor_info["source"] = tensor.toStdString();
            tensor_info["seed"] = seed;
        } else {
            if (!tensor.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
                throw UsageError("--tensor must be gaussian, laplace, transformer or a .npy file, got '" +
                                 tensor.toStdString() + "'");
            }
            weight = quant::readNpy(tensor.toStdString());
            if (parser.isSet(QStringLiteral("calib"))) {
                calibration = quant::readNpy(parser.value(QStringLiteral("calib")).toStdString());
            } else {
                calibration = quant::generateGaussianActivations(tokens, weight.cols, seed);
            }
            tensor_info["source"] = tensor.toStdString();
        }
    } catch (const quant::Cancelled&) {
        std::fprintf(stderr, "\ninterrupted\n");
        return kExitBadInput;
    } catch (const quant::QuantError& e) {
        throw UsageError(e.what());
    }

    std::vector<quant::SchemeResult> results;
    try {
        const quant::QuantLab lab(std::move(weight), std::move(calibration), threads);
        tensor_info["rows"] = lab.weight().rows;
        tensor_info["cols"] = lab.weight().cols;
        tensor_info["tokens"] = lab.calibration().rows;
        tensor_info["outlier_features"] = lab.outliers(threshold);
        tensor_info["fp32_bytes"] = lab.weight().bytes();
        quant::SchemeOptions options;
        options.outlier_threshold = threshold;
        options.gptq_act_order = parser.isSet(QStringLiteral("act-order"));
        options.threads = threads;
        for (const auto& name : schemes) {
            quant::Control c = control;
            c.progress = [&name](double f) { std::fprintf(stderr, "\r%-16s %5.1f%%", name.c_str(), 100.0 * f); };
            try {
                results.push_back(lab.run(name, options, c));
            } catch (const quant::QuantError& e) {
                std::fprintf(stderr, "\r");
                throw UsageError(e.what());
            }
            std::fprintf(stderr, "\r%-16s done in %.0f ms\n", name.c_str(), results.back().quantize_ms);
            quant::SchemeResult& r = results.back();
            if (auto it = dequant_dumps.find(name); it != dequant_dumps.end()) {
                quant::writeNpy(it->second, r.dequantized);
            }
            if (auto it = packed_dumps.find(name); it != packed_dumps.end()) {
                std::ofstream out(it->second, std::ios::binary);
                out.write(reinterpret_cast<const char*>(r.packed.bytes.data()),
                          static_cast<std::streamsize>(r.packed.bytes.size()));
                if (!out) {
                    throw UsageError("cannot write '" + it->second + "'");
                }
            }
            r.dequantized = quant::Matrix(); // free memory early: only the metrics are printed
            r.packed.bytes.clear();
            r.packed.bytes.shrink_to_fit();
        }
    } catch (const quant::Cancelled&) {
        std::fprintf(stderr, "\ninterrupted\n");
        return kExitBadInput;
    } catch (const quant::QuantError& e) {
        throw UsageError(e.what());
    }

    if (json) {
        nlohmann::json out;
        out["tensor"] = tensor_info;
        out["results"] = nlohmann::json::array();
        for (const auto& r : results) {
            out["results"].push_back({{"scheme", r.scheme},
                                      {"bits_per_weight", r.bits_per_weight},
                                      {"stored_bytes", r.stored_bytes},
                                      {"mse", number(r.metrics.mse)},
                                      {"rmse", number(r.metrics.rmse)},
                                      {"snr_db", number(r.metrics.snr_db)},
                                      {"max_abs_error", number(r.metrics.max_abs_error)},
                                      {"cosine", number(r.metrics.cosine)},
                                      {"output_rel_error", number(r.metrics.output_rel_error)},
                                      {"quantize_ms", r.quantize_ms}});
        }
        printOut(out.dump(2));
        return kExitOk;
    }
    std::string text;
    char line[512];
    std::snprintf(line, sizeof line,
                  "tensor %s: %lld x %lld, %lld calibration tokens, %zu outlier features (|x| >= %.1f)\n\n",
                  tensor_info["source"].get<std::string>().c_str(),
                  static_cast<long long>(tensor_info["rows"].get<std::int64_t>()),
                  static_cast<long long>(tensor_info["cols"].get<std::int64_t>()),
                  static_cast<long long>(tensor_info["tokens"].get<std::int64_t>()),
                  tensor_info["outlier_features"].size(), threshold);
    text += line;
    std::snprintf(line, sizeof line, "%-16s %7s %12s %11s %8s %11s %9s %10s %9s\n", "scheme", "bpw", "bytes", "rmse",
                  "snr dB", "max |err|", "cosine", "out err", "ms");
    text += line;
    for (const auto& r : results) {
        std::snprintf(line, sizeof line, "%-16s %7.3f %12lld %11.4e %8.2f %11.4e %9.6f %10.4e %9.1f\n",
                      r.scheme.c_str(), r.bits_per_weight, static_cast<long long>(r.stored_bytes), r.metrics.rmse,
                      r.metrics.snr_db, r.metrics.max_abs_error, r.metrics.cosine, r.metrics.output_rel_error,
                      r.quantize_ms);
        text += line;
    }
    printOut(text);
    return kExitOk;
}

} // namespace fitscope::cli
