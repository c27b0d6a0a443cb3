#include "serve/server.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <ostream>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "common/database.h"
#include "common/error.h"
#include "common/safe_output.h"
#include "serve/handler.h"

namespace news::serve {

namespace {

using Clock = std::chrono::steady_clock;

// The worker's handler, made on its first request (one database per worker thread).
Handler& thread_handler(const ServeOptions& options) {
  thread_local std::optional<Handler> handler;
  thread_local std::string handler_path;
  if (!handler || handler_path != options.db_path) {
    handler.emplace(options.db_path, options.search_seconds);
    handler_path = options.db_path;
  }
  return *handler;
}

// When the worker's current request reached routing; unset for a request refused before (a URI
// too long, a malformed request line).
thread_local std::optional<Clock::time_point> request_start;

void answer(const HttpResponse& answer, httplib::Response& response) {
  response.status = answer.status;
  for (const auto& [name, value] : security_headers()) response.set_header(name, value);
  for (const auto& [name, value] : answer.headers) response.set_header(name, value);
  response.set_content(answer.body, answer.content_type.c_str());
}

// Blocks SIGTERM and SIGINT in the calling thread and the threads it starts, so that they are
// taken by sigtimedwait in one thread only, which stops the server.
sigset_t block_stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

}  // namespace

ListenAddress parse_listen(const std::string& listen) {
  const std::size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size())
    throw UsageError(fmt::format("--listen: expected HOST:PORT, got '{}'", listen));
  ListenAddress address;
  address.host = listen.substr(0, colon);
  if (address.host.size() > 2 && address.host.front() == '[' && address.host.back() == ']')
    address.host = address.host.substr(1, address.host.size() - 2);
  const std::string port = listen.substr(colon + 1);
  if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(port) > 65535)
    throw UsageError(fmt::format("--listen: the port must be 0 to 65535, got '{}'", port));
  address.port = std::stoi(port);
  return address;
}

void serve(const ServeOptions& options, std::ostream& log) {
  const ListenAddress address = parse_listen(options.listen);
  open_for_read(options.db_path);  // a missing or foreign database stops us before listening
  const sigset_t stop_signals = block_stop_signals();
  httplib::Server server;
  const unsigned threads = std::max(1u, options.threads);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_read_timeout(static_cast<time_t>(options.timeout_seconds), 0);
  server.set_write_timeout(static_cast<time_t>(options.timeout_seconds), 0);
  server.set_payload_max_length(64 * 1024);
  // SO_REUSEADDR only, so that a restart binds at once despite connections in TIME_WAIT.
  // cpp-httplib's default adds SO_REUSEPORT, with which a second news-serve on the same port
  // listens too and the kernel shares the connections between the two, instead of it failing
  // with exit code 4.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  // cpp-httplib writes an answer's headers and body in separate sends: with Nagle's algorithm
  // the body waits for the client's delayed ACK of the headers (40 ms on Linux), which made
  // every keep-alive answer take 42 ms however fast it was made (bench/serve_load.sh).
  server.set_tcp_nodelay(true);
  std::mutex log_mutex;
  server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = Clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_logger([&](const httplib::Request& request, const httplib::Response& response) {
    const std::string elapsed =
        request_start
            ? fmt::format(
                  "{:.1f} ms",
                  std::chrono::duration<double, std::milli>(Clock::now() - *request_start).count())
            : "- ms";
    request_start.reset();
    const std::string line = fmt::format(
        "{} {} {} {}\n", request.method.empty() ? "-" : escape_controls(request.method),
        request.path.empty() ? "-" : escape_controls(request.path), response.status, elapsed);
    const std::lock_guard lock(log_mutex);
    log << line << std::flush;
  });
  server.Get(".*", [&options](const httplib::Request& request, httplib::Response& response) {
    HttpRequest mine;
    mine.method = request.method;
    mine.path = request.path;
    for (const auto& [name, value] : request.params) mine.params.emplace_back(name, value);
    answer(thread_handler(options).handle(mine), response);
  });
  const auto refuse = [](const httplib::Request&, httplib::Response& response) {
    HttpResponse refusal;
    refusal.status = 405;
    refusal.content_type = "text/plain; charset=utf-8";
    refusal.body = "news-serve answers GET and HEAD only\n";
    refusal.headers.emplace_back("Allow", "GET, HEAD");
    answer(refusal, response);
  };
  server.Post(".*", refuse);
  server.Put(".*", refuse);
  server.Patch(".*", refuse);
  server.Delete(".*", refuse);
  server.Options(".*", refuse);
  const int port = address.port == 0
                       ? server.bind_to_any_port(address.host)
                       : (server.bind_to_port(address.host, address.port) ? address.port : -1);
  if (port < 0)
    throw Error(fmt::format("cannot listen on {} (in use, or not an address of this machine)",
                            options.listen));
  const std::string shown_host =
      address.host.find(':') != std::string::npos ? "[" + address.host + "]" : address.host;
  log << fmt::format("news-serve: listening on http://{}:{}/ (database {})\n", shown_host, port,
                     escape_controls(options.db_path))
      << std::flush;
  std::atomic<bool> stopped = false;
  std::thread watcher([&] {
    const timespec tick{0, 200'000'000};
    while (!stopped) {
      if (sigtimedwait(&stop_signals, nullptr, &tick) > 0) {
        server.stop();
        return;
      }
    }
  });
  const bool listened = server.listen_after_bind();
  stopped = true;
  watcher.join();
  if (!listened && server.is_running())
    throw Error(fmt::format("stopped listening on {}", options.listen));
}

}  // namespace news::serve
