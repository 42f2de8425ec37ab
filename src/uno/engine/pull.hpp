// Pulling the bidang submissions into the master (SOP step 2): every file loaded safely and
// read by core, the accepted values merged into Realisasi with their provenance, each file
// logged in Kiriman, every problem in Masalah, the step in Jejak SOP: one undo step.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/kinerja/OperationResult.hpp>

#include <string>
#include <vector>

namespace kinerja::uno {

struct PullRequest {
  std::vector<rtl::OUString> inputs;  // file or folder URLs
  int quarter = 0;                    // 0: whatever each submission says
  std::string command;                // for the SOP trail ("kinerja pull", "Tarik Kiriman Bidang")
};

org::kinerja::OperationResult pull_submissions(const css::uno::Reference<css::uno::XComponentContext>& context,
                                               const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                               const std::string& master_name, const PullRequest& request,
                                               const css::uno::Reference<css::task::XStatusIndicator>& progress);

// The files a pull reads: the given files, and the spreadsheet and CSV files directly in the
// given folders (sorted by name; lock files left out). Missing paths, and the other files of
// those folders (names, sorted), are handed back to be reported.
std::vector<rtl::OUString> expand_inputs(const std::vector<rtl::OUString>& inputs, std::vector<std::string>& missing,
                                         std::vector<std::string>& skipped);

}  // namespace kinerja::uno
