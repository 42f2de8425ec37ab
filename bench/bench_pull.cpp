// 40 submissions of 25 indicators each, .ods and .xlsx mixed, pulled into a master,
// against the floor: the time the same office needs just to load and close those 40 files
// (target: pull <= 1.25x floor), and the office's memory before and after the pull (target:
// within 50 MB). Prints medians of 3 runs. Generates its own input in a temporary folder.
//   bench_pull   (KINERJA_PROFILE: a prepared profile, else one is made)
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <org/kinerja/XEngine.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "office/file_url.hpp"
#include "office/profile.hpp"
#include "office/session.hpp"
#include "unobase/document.hpp"
#include "unobase/strings.hpp"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
namespace fs = std::filesystem;

namespace {

constexpr int submissions = 40;
constexpr int indicators_each = 25;

rtl::OUString url(const fs::path& p) { return kinerja::unobase::to_ou(kinerja::office::file_url(p)); }

// A document as the pull opens a submission (untrusted: read-only, no macros, no link
// updates) or as we open our own files.
Reference<css::lang::XComponent> load(const Reference<css::uno::XComponentContext>& context, const fs::path& file,
                                      bool read_only) {
  return kinerja::unobase::load_document(context, url(file), read_only ? kinerja::unobase::LoadMode::untrusted
                                                                        : kinerja::unobase::LoadMode::editable);
}

void close(const Reference<css::lang::XComponent>& document) { kinerja::unobase::OwnedDocument closed(document); }

long office_rss_kib(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main() {
  try {
    kinerja::office::Session session(
        kinerja::office::session_options_from_environment(KINERJA_BENCH_RDB, KINERJA_BENCH_OXT));
    const auto context = session.context();
    Reference<org::kinerja::XEngine> engine(session.create("org.kinerja.Engine"), UNO_QUERY_THROW);
    const fs::path dir = kinerja::office::make_temp_dir("kinerja-bench-pull");

    // An agreement of 40 bidang x 25 indicators, its master and its TW I forms.
    {
      std::ofstream csv(dir / "pk.csv");
      csv << "kode,bidang,sasaran,indikator,satuan,polaritas,agregasi,jenis_target,target_tahunan,"
             "target_tw1,target_tw2,target_tw3,target_tw4\n";
      for (int b = 0; b < submissions; ++b) {
        for (int i = 0; i < indicators_each; ++i) {
          csv << "B" << b << "-" << i << ",Bidang " << b << ",Sasaran " << b << ",Indikator " << i << ",kali,"
              << (i % 4 == 0 ? "negatif" : "positif") << ",sum,per_tw,400,100,100,100,100\n";
        }
      }
    }
    const fs::path master = dir / "buku-induk.ods";
    if (!engine->createMaster(url(dir / "pk.csv"), 2023, "Bench", url(master)).Success) throw std::runtime_error("init");
    if (!engine->makeForms(url(master), 1, url(dir / "forms"), "both", false).Success) throw std::runtime_error("forms");
    const fs::path inbox = dir / "inbox";
    fs::create_directories(inbox);
    for (int b = 0; b < submissions; ++b) {
      const std::string extension = b % 2 ? "xlsx" : "ods";
      const auto form = load(context, dir / "forms" / ("Kinerja-2023-TW1-Bidang-" + std::to_string(b) + "." + extension), false);
      Reference<css::sheet::XSpreadsheetDocument> document(form, UNO_QUERY_THROW);
      Reference<css::sheet::XSpreadsheet> sheet(
          Reference<css::container::XIndexAccess>(document->getSheets(), UNO_QUERY_THROW)->getByIndex(0), UNO_QUERY_THROW);
      Sequence<Sequence<Any>> values(indicators_each);
      for (int i = 0; i < indicators_each; ++i) values.getArray()[i] = Sequence<Any>(1);
      for (int i = 0; i < indicators_each; ++i) values.getArray()[i].getArray()[0] <<= double(90 + (b + i) % 20);
      Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(6, 9, 6, 9 + indicators_each - 1), UNO_QUERY_THROW)
          ->setDataArray(values);
      kinerja::unobase::store_document(form, url(inbox / ("kiriman-" + std::to_string(b) + "." + extension)),
                                       b % 2 ? kinerja::core::FileFormat::xlsx : kinerja::core::FileFormat::ods);
      close(form);
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(inbox)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::vector<double> floors, pulls, master_io;
    long rss_before = 0, rss_after = 0;
    for (int run = 0; run < 3; ++run) {
      const auto floor_start = std::chrono::steady_clock::now();
      for (const fs::path& file : files) close(load(context, file, true));
      floors.push_back(seconds_since(floor_start));

      const fs::path copy = dir / ("master-" + std::to_string(run) + ".ods");
      fs::copy_file(master, copy);
      {  // what the CLI adds to any pull: loading the master and storing it again
        const auto io_start = std::chrono::steady_clock::now();
        const kinerja::unobase::OwnedDocument document(load(context, copy, false));
        kinerja::unobase::store_document(document.get(), url(dir / "io.ods"), kinerja::core::FileFormat::ods);
        master_io.push_back(seconds_since(io_start));
      }
      const long before = office_rss_kib(session.pid());
      Sequence<rtl::OUString> inputs(1);
      inputs.getArray()[0] = url(inbox);
      const auto pull_start = std::chrono::steady_clock::now();
      const org::kinerja::OperationResult result = engine->pull(url(copy), inputs, 1);
      pulls.push_back(seconds_since(pull_start));
      const long after = office_rss_kib(session.pid());
      if (!result.Success || result.Rejected != 0) throw std::runtime_error("the pull did not accept every file");
      if (run == 0) {
        rss_before = before;
        rss_after = after;
      }
    }
    const double floor = median(floors), pull = median(pulls);
    std::printf("pull of %d submissions x %d indicators (.ods/.xlsx mixed), median of 3:\n"
                "  floor (load + close the %d files): %.3f s\n  pull (load, read, merge, write, store): %.3f s\n"
                "  ratio %.2fx [target <= 1.25x]; of the pull, loading and storing the master (1000 indicators) "
                "alone: %.3f s\n"
                "  office memory: %.1f MiB before the first pull, %.1f MiB after (%+.1f MiB) [target within 50 MB]\n",
                submissions, indicators_each, submissions, floor, pull, pull / floor, median(master_io),
                static_cast<double>(rss_before) / 1024.0,
                static_cast<double>(rss_after) / 1024.0, static_cast<double>(rss_after - rss_before) / 1024.0);
    fs::remove_all(dir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_pull: %s\n", e.what());
    return 1;
  } catch (const css::uno::Exception& e) {
    std::fprintf(stderr, "bench_pull: %s\n", rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr());
    return 1;
  }
  return 0;
}
