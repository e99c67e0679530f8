// fitscope-cli bench: memory bandwidth, every GEMV kernel as a fraction of it, quantizer throughput.

#include "cli_common.h"
#include "core/quant/bench.h"
#include "core/quant/tensor.h"

#include <QCommandLineParser>

#include <csignal>
#include <cstdio>

namespace fitscope::cli {

namespace quant = fitscope::quant;

namespace {
quant::CancelToken g_bench_cancel;
extern "C" void onBenchSigint(int) {
    g_bench_cancel.cancel();
}
} // namespace

int runBench(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measure memory bandwidth and the quantized GEMV kernels."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("threads"), QStringLiteral("threads (default: all)"), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("size-mib"), QStringLiteral("MiB per STREAM array and per weight matrix"), QStringLiteral("M"),
         QStringLiteral("256")},
        {QStringLiteral("repetitions"), QStringLiteral("best of N runs"), QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("gptq"), QStringLiteral("also time GPTQ 4-bit g128 on 4096 x 4096 with 2048 tokens")},
        {QStringLiteral("json"), QStringLiteral("print JSON")},
    });
    parseOrThrow(parser, QStringLiteral("bench"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    quant::BenchOptions options;
    bool ok = false;
    options.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || options.threads < 0 || options.threads > 1024) {
        throw UsageError("--threads must be between 0 and 1024");
    }
    options.size_mib = parsePositiveInt(parser.value(QStringLiteral("size-mib")), QStringLiteral("--size-mib"), 8192);
    options.repetitions = static_cast<int>(
        parsePositiveInt(parser.value(QStringLiteral("repetitions")), QStringLiteral("--repetitions"), 1000));
    options.gptq = parser.isSet(QStringLiteral("gptq"));

    g_bench_cancel.reset();
    std::signal(SIGINT, onBenchSigint);
    quant::Control control;
    control.cancel = &g_bench_cancel;
    control.progress = [](double f) { std::fprintf(stderr, "\rbenchmark %5.1f%%", 100.0 * f); };
    quant::BenchReport report;
    try {
        report = quant::runBenchmark(options, control);
    } catch (const quant::Cancelled&) {
        std::fprintf(stderr, "\ninterrupted\n");
        return kExitBadInput;
    } catch (const quant::QuantError& e) {
        throw UsageError(e.what());
    }
    std::fprintf(stderr, "\r                  \r");

    if (parser.isSet(QStringLiteral("json"))) {
        printOut(quant::benchReportJson(report));
        return kExitOk;
    }
    std::string text;
    char line[256];
    std::snprintf(line, sizeof line, "ISA %s, %d threads\nSTREAM read  %7.2f GB/s\nSTREAM triad %7.2f GB/s\n\n",
                  report.isa.c_str(), report.threads, report.stream.read_gbps, report.stream.triad_gbps);
    text += line;
    std::snprintf(line, sizeof line, "%-14s %11s %9s %9s %9s\n", "GEMV", "weight MiB", "GB/s", "read GB/s", "of read");
    text += line;
    for (const auto& g : report.gemv) {
        std::snprintf(line, sizeof line, "%-14s %11.1f %9.2f %9.2f %8.1f%%\n", g.format.c_str(),
                      static_cast<double>(g.weight_bytes) / (1 << 20), g.gbps, g.stream_read_gbps,
                      100.0 * g.fraction_of_stream);
        text += line;
    }
    text += "\nquantizer        values/s (1 thread)\n";
    for (const auto& q : report.quantize) {
        std::snprintf(line, sizeof line, "%-16s %.3e\n", q.scheme.c_str(), q.values_per_s);
        text += line;
    }
    if (report.gptq_seconds >= 0) {
        std::snprintf(line, sizeof line, "\nGPTQ int4 g128 4096x4096, 2048 tokens: %.2f s\n", report.gptq_seconds);
        text += line;
    }
    printOut(text);
    return kExitOk;
}

} // namespace fitscope::cli
