// The kinerja command line: usage, exit codes, and the whole path through a headless office.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "core/version.hpp"
#include "office/profile.hpp"
#include "office/session.hpp"
#include "office_fixture.hpp"

using namespace kinerja::test;

TEST_CASE("kinerja --help and --version") {
  const CliRun help = run_cli({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Pemakaian: kinerja") != std::string::npos);
  CHECK(help.out.find("eval") != std::string::npos);
  const CliRun version = run_cli({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out == std::string("kinerja ") + kinerja::version + "\n");
  const CliRun eval_help = run_cli({"eval", "--help"});
  CHECK(eval_help.exit_code == 0);
  CHECK(eval_help.out.find("kinerja eval") != std::string::npos);
}

TEST_CASE("usage errors: exit 2 with the usage on stderr") {
  for (const std::vector<std::string>& arguments :
       std::vector<std::vector<std::string>>{{"--tidak-ada"}, {"tidak-ada"}, {}, {"eval"},
                                             {"eval", "=1", "--salah"}, {"--timeout", "0", "info"}}) {
    CAPTURE(arguments.size());
    const CliRun run = run_cli(arguments);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_FALSE(run.err.empty());
  }
  CHECK(run_cli({"tidak-ada"}).err.find("Pemakaian") != std::string::npos);
}

TEST_CASE("kinerja eval of CAPAIAN with 80 and 100 prints 80 from a headless Calc") {
  const CliRun run = run_cli({"eval", "=CAPAIAN(80;100)"});
  CHECK(run.err == "");
  CHECK(run.exit_code == 0);
  CHECK(run.out == "80\n");
  const CliRun negative = run_cli({"eval", "=CAPAIAN(61;50;\"negatif\")"});
  CHECK(negative.out == "78\n");
}

TEST_CASE("kinerja eval of a formula error: exit 1 and the error named") {
  const CliRun run = run_cli({"eval", "=CAPAIAN(5;0)"});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("Err:502") != std::string::npos);
}

TEST_CASE("kinerja info asks the engine in the office, and names the office it talked to") {
  const CliRun run = run_cli({"info"});
  CHECK(run.exit_code == 0);
  // The office's own `soffice.bin --version` ("LibreOffice 7.4.7.2 40(Build:2)"), parsed here.
  const kinerja::office::OfficeVersion installed = installed_office_version();
  CHECK(run.out == std::string("kinerja ") + kinerja::version + "\nmesin (ekstensi di LibreOffice) " +
                       kinerja::version + "\nLibreOffice yang dipakai: " + installed.product + " " +
                       installed.version + " (" + office_program_dir().string() + ")\n");
}

TEST_CASE("office missing: a clear message within 30 s, exit 1") {
  const CliRun run = run_cli({"eval", "=1"}, {"KINERJA_OFFICE_PROGRAM_DIR=/nonexistent/program"});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("LibreOffice tidak ditemukan") != std::string::npos);
  CHECK(run.seconds < 30);
}

TEST_CASE("an office that never answers: a clear message within the timeout, exit 1, nothing left") {
  // A copy of the office's program folder whose soffice.bin only sleeps: the CLI must give
  // up after --timeout and end the process it started.
  const std::filesystem::path dir = kinerja::office::make_temp_dir("kinerja-fake-office");
  for (const auto& entry : std::filesystem::directory_iterator(office_program_dir())) {
    if (entry.path().filename() != "soffice.bin") {
      std::filesystem::create_symlink(entry.path(), dir / entry.path().filename());
    }
  }
  {
    std::ofstream script(dir / "soffice.bin");
    script << "#!/bin/sh\necho $$ > " << (dir / "pid").string() << "\nexec sleep 300\n";
  }
  std::filesystem::permissions(dir / "soffice.bin", std::filesystem::perms::owner_all);

  const CliRun run = run_cli({"--timeout", "3", "eval", "=1"}, {"KINERJA_OFFICE_PROGRAM_DIR=" + dir.string()});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("LibreOffice tidak menjawab dalam 3 detik") != std::string::npos);
  CHECK(run.seconds < 30);
  int pid = 0;
  std::ifstream(dir / "pid") >> pid;
  REQUIRE(pid > 0);
  CHECK(::kill(pid, 0) == -1);  // gone
  std::filesystem::remove_all(dir);
}

TEST_CASE("with umask 000 the office's pipe, profile and log are still private, and a prepared profile too") {
  const mode_t previous = ::umask(0);
  struct Restore {
    mode_t mask;
    ~Restore() { ::umask(mask); }
  } restore{previous};
  const std::string prefix = "OSL_PIPE_" + std::to_string(::getuid()) + "_kinerja-" + std::to_string(::getpid()) + "-";
  const auto pipes = [&] {
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator("/tmp")) {
      if (entry.path().filename().string().rfind(prefix, 0) == 0) found.push_back(entry.path());
    }
    return found;
  };
  const std::size_t before = pipes().size();
  kinerja::office::Session session(
      kinerja::office::session_options_from_environment(KINERJA_TEST_RDB, KINERJA_TEST_OXT));
  const std::vector<std::filesystem::path> now = pipes();
  REQUIRE(now.size() == before + 1);
  for (const std::filesystem::path& pipe : now) {
    struct stat info {};
    REQUIRE(::stat(pipe.c_str(), &info) == 0);
    if (!S_ISSOCK(info.st_mode)) continue;
    CAPTURE(pipe.string());
    CHECK((info.st_mode & 077) == 0);  // no one else may connect
  }
  struct stat profile {};
  REQUIRE(::stat(session.profile().dir().c_str(), &profile) == 0);
  CHECK((profile.st_mode & 077) == 0);
  struct stat log {};
  REQUIRE(::stat((session.profile().dir() / "office.log").c_str(), &log) == 0);
  CHECK((log.st_mode & 077) == 0);
  session.shutdown();

  const std::filesystem::path prepared = kinerja::office::make_temp_dir("kinerja-cli-test") / "profil";
  const CliRun run = run_cli({"prepare-profile", "--out", prepared.string()}, {"KINERJA_PROFILE="});
  CHECK(run.exit_code == 0);
  struct stat made {};
  REQUIRE(::stat(prepared.c_str(), &made) == 0);
  CHECK((made.st_mode & 077) == 0);
  std::filesystem::remove_all(prepared.parent_path());
}
