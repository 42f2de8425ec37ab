#include "office/child_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace kinerja::office {
namespace {

// The live children, for the signal handler (async-signal-safe: a fixed array of atomics).
constexpr std::size_t max_children = 64;
std::array<std::atomic<int>, max_children> live_children{};

void remember(int pid) {
  for (auto& slot : live_children) {
    int expected = 0;
    if (slot.compare_exchange_strong(expected, pid)) return;
  }
}

void forget(int pid) {
  for (auto& slot : live_children) {
    int expected = pid;
    if (slot.compare_exchange_strong(expected, 0)) return;
  }
}

std::atomic<int> interrupted{0};

// SIGINT, SIGTERM, SIGHUP: the offices are ended at once, and this process unwinds normally
// (the office's calls fail), so that its profile is removed; a second signal ends it now.
extern "C" void end_children(int signal_number) {
  for (auto& slot : live_children) {
    const int pid = slot.load();
    if (pid > 0) ::kill(pid, SIGKILL);
  }
  if (interrupted.exchange(signal_number) != 0) {
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
  }
}

void install_signal_handlers_once() {
  static const bool installed = [] {
    // The UNO bridge writes to the office's pipe; when the office exits first (it was told to
    // terminate, or it crashed), that write must be an error, not SIGPIPE ending this process.
    ::signal(SIGPIPE, SIG_IGN);
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction action {};
      action.sa_handler = end_children;
      sigemptyset(&action.sa_mask);
      struct sigaction previous {};
      sigaction(signal_number, nullptr, &previous);
      if (previous.sa_handler == SIG_IGN) continue;  // e.g. nohup: keep ignoring
      sigaction(signal_number, &action, nullptr);
    }
    return true;
  }();
  (void)installed;
}

int decode(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

int interrupting_signal() { return interrupted.load(); }

ChildProcess::ChildProcess(const std::filesystem::path& program,
                           const std::vector<std::string>& arguments,
                           const std::filesystem::path& log) {
  install_signal_handlers_once();
  // Everything the child needs is prepared before fork: between fork and exec only
  // async-signal-safe calls are allowed (the UNO bridge runs threads in this process).
  const std::string program_path = program.string();
  std::vector<std::string> storage;
  storage.push_back(program_path);
  storage.insert(storage.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& s : storage) argv.push_back(s.data());
  argv.push_back(nullptr);
  const std::string log_path = log.string();
  const pid_t parent = ::getpid();

  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
#ifdef __linux__
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);
#endif
    ::setpgid(0, 0);  // a terminal's Ctrl-C reaches us; we end the child ourselves
    // Whatever the caller's umask, the office's pipe socket (which anyone who can connect to
    // it can drive the office through), its profile and its log are the user's alone.
    ::umask(077);
    const int null_in = ::open("/dev/null", O_RDONLY);
    const int out = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (null_in >= 0) ::dup2(null_in, 0);
    if (out >= 0) {
      ::dup2(out, 1);
      ::dup2(out, 2);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  (void)parent;
  pid_ = pid;
  remember(pid_);
}

ChildProcess::~ChildProcess() { kill(); }

std::optional<int> ChildProcess::poll() {
  if (exit_code_ || pid_ <= 0) return exit_code_;
  int status = 0;
  const pid_t done = ::waitpid(pid_, &status, WNOHANG);
  if (done == pid_) {
    exit_code_ = decode(status);
    forget(pid_);
  } else if (done < 0 && errno == ECHILD) {
    exit_code_ = -1;
    forget(pid_);
  }
  return exit_code_;
}

std::optional<int> ChildProcess::wait_for(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (auto code = poll()) return code;
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

void ChildProcess::kill(std::chrono::milliseconds grace) noexcept {
  if (pid_ <= 0 || poll()) return;
  ::kill(pid_, SIGTERM);
  if (wait_for(grace)) return;
  ::kill(pid_, SIGKILL);
  while (!poll()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

}  // namespace kinerja::office
