// kinerja demo --out DIR: the whole year of the bundled example, as a planning officer and
// the bidang would run it: the master from the agreement (and last year's, for the history);
// each quarter the forms, the bidang filling them (one in "Excel"), the pull; then the recap and
// flags, the TW II report, last year taken into Riwayat, the annual report with its chapter III,
// their PDFs, the E.81 of TW IV and a copy to share. Prints each step with its time; leaves
// everything in DIR.
#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <map>

#include "cli/cli_error.hpp"
#include "cli/command.hpp"
#include "cli/commands/parse_options.hpp"
#include "cli/demo/bidang_filler.hpp"
#include "cli/engine_client.hpp"
#include "core/form.hpp"
#include "office/file_url.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

rtl::OUString url(const fs::path& path) { return to_ou(office::file_url(path)); }

// Runs one step, prints it with its time; a failed step ends the demo.
class Steps {
 public:
  template <typename Step>
  void run(const std::string& what, Step&& step) {
    const auto start = std::chrono::steady_clock::now();
    const std::string detail = step();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    total_ += seconds;
    fmt::print("[{:5.1f} s] {}{}\n", seconds, what, detail.empty() ? "" : ": " + detail);
    std::fflush(stdout);
  }
  double total() const { return total_; }

 private:
  double total_ = 0;
};

std::string checked(const org::kinerja::OperationResult& result) {
  if (!result.Success) throw Failure(to_utf8(result.Summary));
  std::string summary = to_utf8(result.Summary);
  return summary.substr(0, summary.find('\n'));
}

}  // namespace

int run_demo(const GlobalOptions& global, const std::vector<std::string>& arguments) {
  fs::path out;
  po::options_description options("Opsi demo");
  options.add_options()("out", po::value<fs::path>(&out)->required(), "folder hasil (dibuat; harus kosong)");
  po::variables_map values;
  if (!parse_command_options("demo", arguments, options, {}, values, "kinerja demo --out FOLDER")) return exit_success;
  std::error_code error;
  if (fs::exists(out, error) && !fs::is_empty(out, error)) throw Failure(out.string() + " sudah ada dan tidak kosong");
  const fs::path example = find_example(global);
  fs::create_directories(out);
  out = fs::absolute(out);

  Steps steps;
  fmt::print("Kinerja demo: tahun contoh 2023 ({}), hasil di {}\n", example.string(), out.string());
  std::unique_ptr<EngineClient> client;
  steps.run("LibreOffice tanpa layar dimulai, ekstensi Kinerja terpasang", [&] {
    client = std::make_unique<EngineClient>(global);
    return std::string();
  });
  auto& engine = client->engine();
  const fs::path master = out / "buku-induk-2023.ods";
  steps.run("SOP: Buku Induk Baru dari Perjanjian Kinerja", [&] {
    return checked(engine.createMaster(url(example / "perjanjian-kinerja-2023.csv"), 2023,
                                       "Satuan Polisi Pamong Praja Kabupaten Balangan", url(master)));
  });
  const fs::path earlier = out / "buku-induk-2022.ods";
  steps.run("Tahun sebelumnya: buku induk 2022 dengan realisasinya", [&] {
    checked(engine.createMaster(url(example / "perjanjian-kinerja-2023.csv"), 2022,
                                "Satuan Polisi Pamong Praja Kabupaten Balangan", url(earlier)));
    css::uno::Sequence<rtl::OUString> inputs(1);
    inputs.getArray()[0] = url(example / "realisasi-2022.csv");
    return checked(engine.pull(url(earlier), inputs, 0));
  });
  std::vector<SampleActual> actuals;
  steps.run("Realisasi contoh dibaca", [&] {
    actuals = read_sample_actuals(client->context(), example / "realisasi-2023.csv");
    return std::to_string(actuals.size()) + " nilai";
  });

  for (int quarter = 1; quarter <= 4; ++quarter) {
    const std::string tw = "TW" + std::to_string(quarter);
    const fs::path forms = out / "formulir" / tw;
    const fs::path inbox = out / "kiriman" / tw;
    fs::create_directories(inbox);
    steps.run("SOP langkah 1, " + tw + ": formulir untuk setiap bidang", [&] {
      return checked(engine.makeForms(url(master), quarter, url(forms), "both", false));
    });
    steps.run("Bidang mengisi formulir " + tw, [&] {
      std::map<std::string, std::vector<SampleActual>> by_division;
      for (const SampleActual& a : actuals) {
        if (a.quarter == quarter) by_division[a.division].push_back(a);
      }
      int excel = 0;
      for (const auto& [division, entries] : by_division) {
        core::Form form;
        form.identity = {division, 2023, quarter, {}, {}};
        const std::string stem = core::form_file_name(form, "");
        const fs::path xlsx = forms / (stem + "xlsx");
        if (division == "Bidang Ketertiban Umum dan Ketenteraman Masyarakat" &&
            fill_in_excel_style(example / "fill_form_xlsx.py", xlsx, inbox / (stem + "xlsx"), entries)) {
          ++excel;
          continue;
        }
        fill_in_office(client->context(), forms / (stem + "ods"), inbox / (stem + "ods"), entries);
      }
      return std::to_string(by_division.size()) + " kiriman (" + std::to_string(excel) + " dari Excel)" +
             (by_division.size() < 4 ? "; satu bidang tidak mengirim" : "");
    });
    steps.run("SOP langkah 2, " + tw + ": Tarik Kiriman Bidang", [&] {
      css::uno::Sequence<rtl::OUString> inputs(1);
      inputs.getArray()[0] = url(inbox);
      return checked(engine.pull(url(master), inputs, quarter));
    });
  }
  steps.run("SOP langkah 3: Hitung Rekap, Tandai Target Tidak Tercapai (TW II)",
            [&] { return checked(engine.rollup(url(master), "tw2")); });
  const fs::path report_tw2 = out / "laporan-TW2-2023.pdf";
  steps.run("SOP langkah 4-5: laporan TW II dan PDF-nya",
            [&] { return checked(engine.report(url(master), "tw2", url(report_tw2))); });
  steps.run("Ambil Riwayat Tahun Lalu (2022)", [&] {
    css::uno::Sequence<rtl::OUString> inputs(1);
    inputs.getArray()[0] = url(earlier);
    return checked(engine.history(url(master), inputs));
  });
  const fs::path report_year = out / "laporan-tahunan-2023.pdf";
  steps.run("SOP langkah 9: laporan tahunan dengan Bab III, dan PDF-nya",
            [&] { return checked(engine.report(url(master), "year", url(report_year))); });
  const fs::path e81 = out / "e81-TW4-2023.xlsx";
  steps.run("Formulir E.81 TW IV (evaluasi Renja)", [&] { return checked(engine.e81(url(master), 4, url(e81))); });
  const fs::path copy = out / "buku-induk-2023-untuk-dibagikan.xlsx";
  steps.run("Salin untuk Dibagikan (terbuka tanpa ekstensi)", [&] { return checked(engine.share(url(master), url(copy), false)); });

  fmt::print("\nSelesai dalam {:.1f} s. Buka hasilnya:\n  {}\n  {}\n  {}\n  {}\n  {}\n  {}\n", steps.total(), master.string(),
             report_tw2.string(), report_year.string(), e81.string(), copy.string(), (out / "formulir").string());
  return exit_success;
}

}  // namespace kinerja::cli
