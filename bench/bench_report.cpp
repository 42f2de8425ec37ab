// Rollup (Rekap of every indicator x period, flags) and the report of a period for 5,000
// indicators (and the annual report with its chapter III), through the engine as `kinerja rollup`
// and `kinerja report` run them (loading and storing the master included); target under 2 s.
// Generates its own input.
//   bench_report [indicators]   (KINERJA_PROFILE: a prepared profile, else one is made)
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <org/kinerja/XEngine.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "office/file_url.hpp"
#include "office/profile.hpp"
#include "office/session.hpp"

namespace fs = std::filesystem;

namespace {

rtl::OUString url(const fs::path& p) { return rtl::OUString::createFromAscii(kinerja::office::file_url(p).c_str()); }

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int indicators = argc > 1 ? std::atoi(argv[1]) : 5000;
  const int per_division = 100;
  try {
    kinerja::office::Session session(
        kinerja::office::session_options_from_environment(KINERJA_BENCH_RDB, KINERJA_BENCH_OXT));
    css::uno::Reference<org::kinerja::XEngine> engine(session.create("org.kinerja.Engine"), css::uno::UNO_QUERY_THROW);
    const fs::path dir = kinerja::office::make_temp_dir("kinerja-bench-report");
    {
      std::ofstream pk(dir / "pk.csv");
      std::ofstream actuals(dir / "realisasi.csv");
      pk << "kode,bidang,sasaran,indikator,satuan,polaritas,agregasi,jenis_target,target_tahunan,"
            "target_tw1,target_tw2,target_tw3,target_tw4\n";
      actuals << "bidang,tahun,triwulan,kode,realisasi,kendala,tindak_lanjut,bukti_dukung\n";
      std::mt19937 rng(5);
      std::uniform_int_distribution<int> value(60, 140);
      const char* aggregations[] = {"sum", "last", "average"};
      for (int i = 0; i < indicators; ++i) {
        const int d = i / per_division;
        const std::string code = "K" + std::to_string(i);
        const char* aggregation = aggregations[i % 3];
        const int annual = std::string(aggregation) == "sum" ? 400 : 100;
        pk << code << ",Bidang " << d << ",Sasaran " << i / 10 << ",Indikator " << i << ",kali,"
           << (i % 5 == 0 ? "negatif" : "positif") << "," << aggregation << ",per_tw," << annual
           << ",100,100,100,100\n";
        for (int q = 1; q <= 3; ++q) {
          actuals << "Bidang " << d << ",2023," << q << "," << code << "," << value(rng) << ",,,\n";
        }
      }
    }
    const fs::path master = dir / "buku-induk.ods";
    if (!engine->createMaster(url(dir / "pk.csv"), 2023, "Bench", url(master)).Success) throw std::runtime_error("init");
    css::uno::Sequence<rtl::OUString> inputs(1);
    inputs.getArray()[0] = url(dir / "realisasi.csv");
    if (!engine->pull(url(master), inputs, 0).Success) throw std::runtime_error("pull");

    // As the menu runs them, on the open master (no loading or storing): Hitung Rekap, Isi Laporan.
    double menu_rollup = 0, menu_report = 0;
    {
      css::beans::PropertyValue hidden;
      hidden.Name = "Hidden";
      hidden.Value <<= true;
      css::uno::Reference<css::lang::XComponent> document = css::frame::Desktop::create(session.context())
          ->loadComponentFromURL(url(master), "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(&hidden, 1));
      css::uno::Reference<css::frame::XDispatchProvider> frame(
          css::uno::Reference<css::frame::XModel>(document, css::uno::UNO_QUERY_THROW)->getCurrentController()->getFrame(),
          css::uno::UNO_QUERY_THROW);
      const auto helper = css::frame::DispatchHelper::create(session.context());
      css::beans::PropertyValue period;
      period.Name = "Period";
      period.Value <<= rtl::OUString("tw3");
      auto start = std::chrono::steady_clock::now();
      helper->executeDispatch(frame, "org.kinerja:ComputeRecap", "", 0, {});
      menu_rollup = seconds_since(start);
      start = std::chrono::steady_clock::now();
      helper->executeDispatch(frame, "org.kinerja:ReportQuarter", "", 0, css::uno::Sequence<css::beans::PropertyValue>(&period, 1));
      menu_report = seconds_since(start);
      css::uno::Reference<css::util::XCloseable>(document, css::uno::UNO_QUERY_THROW)->close(true);
    }

    const auto rollup_start = std::chrono::steady_clock::now();
    if (!engine->rollup(url(master), "tw3").Success) throw std::runtime_error("rollup");
    const double rollup = seconds_since(rollup_start);
    const auto report_start = std::chrono::steady_clock::now();
    if (!engine->report(url(master), "tw3", "").Success) throw std::runtime_error("report");
    const double report = seconds_since(report_start);
    const auto annual_start = std::chrono::steady_clock::now();
    if (!engine->report(url(master), "year", "").Success) throw std::runtime_error("annual report");
    const double annual = seconds_since(annual_start);
    std::printf("%d indicators (%d recap rows):\n"
                "  menu, on the open master: Hitung Rekap %.2f s + Isi Laporan TW III %.2f s = %.2f s [target < 2 s]\n"
                "  CLI, loading and storing the master each time: rollup %.2f s + report %.2f s = %.2f s\n"
                "  CLI, the annual report with its chapter III sheet: %.2f s\n",
                indicators, indicators * 10, menu_rollup, menu_report, menu_rollup + menu_report, rollup, report,
                rollup + report, annual);
    fs::remove_all(dir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_report: %s\n", e.what());
    return 1;
  } catch (const css::uno::Exception& e) {
    std::fprintf(stderr, "bench_report: %s\n", rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
    return 1;
  }
  return 0;
}
