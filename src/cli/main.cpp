// kinerja: the Kinerja work, headless. `kinerja <command> [options]`.
#include <fmt/core.h>

#include <boost/program_options.hpp>

#include <array>
#include <csignal>
#include <iostream>
#include <sstream>

#include <com/sun/star/uno/Exception.hpp>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/failure_text.hpp"
#include "cli/file_checks.hpp"
#include "cli/global_options.hpp"
#include "cli/option_errors.hpp"
#include "core/version.hpp"
#include "office/child_process.hpp"
#include "office/office_error.hpp"
#include "unobase/strings.hpp"

namespace po = boost::program_options;
using namespace kinerja::cli;

namespace kinerja::cli {

std::span<const Command> commands() {
  static constexpr std::array<Command, 12> table = {{
      {"demo", "menjalankan setahun contoh dari awal sampai laporan (untuk mencoba)", &run_demo},
      {"init", "membuat buku induk dari Perjanjian Kinerja (CSV)", &run_init},
      {"forms", "membuat formulir realisasi untuk setiap bidang", &run_forms},
      {"pull", "menarik kiriman bidang ke buku induk", &run_pull},
      {"rollup", "menghitung rekap dan menandai target tidak tercapai", &run_rollup},
      {"history", "mengambil riwayat tahun-tahun sebelumnya dari buku induknya", &run_history},
      {"report", "mengisi laporan kinerja suatu periode, dan PDF-nya", &run_report},
      {"share", "membuat salinan untuk dibagikan (tanpa rumus Kinerja)", &run_share},
      {"e81", "membuat formulir evaluasi Renja E.81 suatu triwulan", &run_e81},
      {"eval", "menghitung satu rumus di Calc dengan ekstensi Kinerja", &run_eval},
      {"info", "versi program dan mesin Kinerja di LibreOffice", &run_info},
      {"prepare-profile", "menyiapkan profil LibreOffice dengan ekstensi, untuk --profile",
       &run_prepare_profile},
  }};
  return table;
}

}  // namespace kinerja::cli

namespace {

std::string usage(const po::options_description& global) {
  std::ostringstream text;
  text << "Pemakaian: kinerja [opsi umum] <perintah> [opsi perintah]\n"
          "           kinerja <perintah> --help\n\n"
          "Kinerja: pengumpulan data kinerja SAKIP dengan LibreOffice Calc.\n"
          "Kinerja: SAKIP performance data collection with LibreOffice Calc.\n\nPerintah:\n";
  for (const Command& command : commands()) {
    text << fmt::format("  {:<17} {}\n", command.name, command.summary);
  }
  text << "\n" << global
       << "  --help                 bantuan ini\n  --version              versi\n\n"
          "Kode keluar: 0 berhasil, 1 gagal, 2 pemakaian salah, 3 sebagian ditolak (pull).\n";
  return text.str();
}

int run(int argc, char** argv) {
  GlobalOptions global;
  global.program = argc > 0 ? argv[0] : "kinerja";
  po::options_description description = global_options_description(global);
  po::options_description all;
  all.add(description);
  all.add_options()("help,h", "")("version", "")
      ("command", po::value<std::string>(), "")
      ("arguments", po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add("command", 1).add("arguments", -1);

  po::variables_map values;
  po::parsed_options parsed = [&] {
    try {
      po::parsed_options options =
          po::command_line_parser(argc, argv).options(all).positional(positional).allow_unregistered().run();
      po::store(options, values);
      po::notify(values);
      return options;
    } catch (const po::error& e) {
      throw UsageError(option_error_text(e, description) + "\n\n" + usage(description));
    }
  }();

  if (values.count("version")) {
    fmt::print("kinerja {}\n", kinerja::version);
    return exit_success;
  }
  if (values.count("help") && !values.count("command")) {
    fmt::print("{}", usage(description));
    return exit_success;
  }
  if (!values.count("command")) throw UsageError("perintah belum diberikan\n\n" + usage(description));

  const std::string name = values["command"].as<std::string>();
  // Everything after the command (including options the global parser did not know) is the
  // command's own.
  std::vector<std::string> arguments = po::collect_unrecognized(parsed.options, po::include_positional);
  if (!arguments.empty() && arguments.front() == name) arguments.erase(arguments.begin());
  if (values.count("help")) arguments.push_back("--help");

  for (const Command& command : commands()) {
    if (command.name == name) {
      apply_environment(global);
      return command.run(global, arguments);
    }
  }
  throw UsageError("perintah tidak dikenal: " + name + "\n\n" + usage(description));
}

}  // namespace

namespace {

// A failure, said once; nothing when the run was interrupted (the office's calls then fail with
// the words of its vanished bridge: finish() says what happened instead).
int fail(const std::string& text, int code = exit_failure) {
  if (kinerja::office::interrupting_signal() == 0) fmt::print(stderr, "kinerja: {}\n", text);
  return code;
}

const char* signal_name(int signal_number) {
  switch (signal_number) {
    case SIGINT: return "SIGINT, Ctrl-C";
    case SIGTERM: return "SIGTERM";
    case SIGHUP: return "SIGHUP, terminal ditutup";
    default: return "";
  }
}

}  // namespace

// After an interruption (Ctrl-C, kill, a closed terminal): everything has been cleaned up by
// unwinding; say so, and what became of the master, and end by the same signal, as the caller
// expects.
int finish(int code) {
  const int signal_number = kinerja::office::interrupting_signal();
  if (signal_number == 0) return code;
  const std::string master = master_state_note();
  fmt::print(stderr, "kinerja: dihentikan (sinyal {}, {}){}; LibreOffice sementara dan profilnya sudah dibersihkan.\n",
             signal_number, signal_name(signal_number), master.empty() ? std::string() : "; " + master);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
  return 128 + signal_number;
}

int run_guarded(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const UsageError& e) {
    return fail(e.what(), exit_usage);
  } catch (const Failure& e) {
    return fail(e.what());
  } catch (const kinerja::office::OfficeError& e) {
    return fail(e.what());
  } catch (const css::lang::DisposedException& e) {
    return fail(failure_text(e));
  } catch (const css::uno::Exception& e) {
    return fail(failure_text(e));
  } catch (const std::exception& e) {
    return fail(failure_text(e));
  }
}

int main(int argc, char** argv) { return finish(run_guarded(argc, argv)); }
