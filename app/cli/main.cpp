// fitscope-cli: the sizing engine and the quantization lab for scripts.
#include "cli_application.h"
#include "cli_common.h"
#include "commands.h"
#include "fitscope_version.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <iterator>
#include <memory>

namespace fitscope::cli {

int runEstimate(const QStringList& args);
int runFit(const QStringList& args);
int runGpus(const QStringList& args);
int runModels(const QStringList& args);
int runInspect(const QStringList& args);
int runQuant(const QStringList& args);
int runBench(const QStringList& args);
int runReport(const QStringList& args);
int runExport(const QStringList& args);
int runCheckLog(const QStringList& args);
int runPlan(const QStringList& args);

namespace {

const Command k_commands[] = {
    {"estimate", "memory needed by a model at a precision, context and batch, and whether it fits a GPU", runEstimate},
    {"check-log", "a vLLM, llama.cpp or Ollama start-up log against FitScope's estimate for the same scenario",
     runCheckLog},
    {"fit", "solvers: longest context, largest batch, smallest GPU, most precise format that fits", runFit},
    {"gpus", "the GPU catalog", runGpus},
    {"models", "the model catalog", runModels},
    {"inspect", "tensors, types, exact bytes and metadata of a model file or folder (headers only)", runInspect},
    {"quant", "quantize a tensor with many schemes (GGUF, NF4, LLM.int8(), GPTQ, AWQ, ...) and compare errors",
     runQuant},
    {"bench", "memory bandwidth and quantized GEMV kernels as a fraction of it", runBench},
    {"plan",
     "the launch command (llama-server, vllm serve, Ollama) with the settings the estimate assumed, or the "
     "memory plan as JSON; --from-command reads a command line back",
     runPlan},
    {"report", "a scenario as a Markdown, CSV or JSON report, or as a .fitscope.json scenario file", runReport},
    {"export",
     "a chart (breakdown, context, layers, matrix, speed, or the lab's pareto) as PNG, JPG, SVG or PDF for documents; "
     "no "
     "display needed",
     runExport},
};

void printUsage(std::FILE* out) {
    std::fprintf(out, "Usage: fitscope-cli <command> [options]   (fitscope-cli <command> --help for its options)\n\n");
    std::fprintf(out, "Commands:\n");
    for (const Command& command : k_commands) {
        std::fprintf(out, "  %-10s %s\n", command.name, command.summary);
    }
    std::fprintf(out, "\nfitscope-cli --version prints the version.\n");
}

} // namespace

const Command* commands(int* count) {
    *count = static_cast<int>(std::size(k_commands));
    return k_commands;
}

} // namespace fitscope::cli

int main(int argc, char** argv) {
    using namespace fitscope::cli;
    const std::unique_ptr<QCoreApplication> app = createCliApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fitscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FITSCOPE_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? kExitBadInput : kExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("fitscope-cli %s\n", FITSCOPE_VERSION);
        return kExitOk;
    }
    const QString name = args.takeFirst();
    int count = 0;
    const Command* table = commands(&count);
    for (int i = 0; i < count; ++i) {
        if (name == QLatin1String(table[i].name)) {
            try {
                return table[i].run(args);
            } catch (const UsageError& error) {
                std::fprintf(stderr, "fitscope-cli %s: %s\n", table[i].name, error.what());
                return kExitBadInput;
            } catch (const std::exception& error) {
                std::fprintf(stderr, "fitscope-cli %s: %s\n", table[i].name, error.what());
                return kExitBadInput;
            }
        }
    }
    std::fprintf(stderr, "fitscope-cli: unknown command '%s' (try fitscope-cli --help)\n", qPrintable(name));
    return kExitBadInput;
}
