// The project's language server: ONE Stanford CoreNLP pipeline, built at start with fixed
// properties, served over HTTP on 127.0.0.1 only. CoreNLP's own server binds every interface
// and has no loopback-only option, so the project runs this instead.
//
// Run as a single-file source program (no build step), as src/nlp/language-server.ts does:
//   java -Xmx3g -cp <CoreNLP classpath> nlp/CoreNlpServer.java \
//     --port 9020 --token-file .nlp/token --annotators tokenize,ssplit,pos,lemma,ner,depparse,coref
//
//   GET  /ready      200 {"ready":true} once the pipeline is built, 503 {"ready":false} before
//   POST /annotate   the text (UTF-8) as the body → CoreNLP's JSON output (JSONOutputter)
//
// Every request carries `Authorization: Bearer <token>`, the token read from --token-file (a
// file only its owner can read, written afresh at every start); without it → 401.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public final class CoreNlpServer {
  /** Larger bodies are refused with 413: a news article is a few kB; this bounds the heap one request takes. */
  static final int MAX_BODY_BYTES = 1 << 20;
  /** A refused body is read to its end (up to this much) so the client sees the status, not a reset. */
  static final int MAX_DISCARD_BYTES = 16 << 20;
  /** Annotating is CPU-bound and the pipeline is shared: a couple of workers is all a small machine uses. */
  static final int THREADS = 2;

  private static volatile StanfordCoreNLP pipeline;
  private static byte[] token;

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parseArguments(args);
    int port = Integer.parseInt(required(options, "port"));
    String annotators = required(options, "annotators");
    token = Files.readString(Path.of(required(options, "token-file")), StandardCharsets.UTF_8).trim()
        .getBytes(StandardCharsets.UTF_8);
    if (token.length < 32) throw new IllegalArgumentException("the token file holds fewer than 32 characters");

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 16);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    server.setExecutor(workers);
    server.createContext("/ready", exchange -> respond(exchange, CoreNlpServer::ready));
    server.createContext("/annotate", exchange -> respond(exchange, CoreNlpServer::annotate));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop(0);
      workers.shutdownNow();
      log("stopped");
    }));
    log("listening on 127.0.0.1:" + port + "; building the pipeline: " + annotators);

    long started = System.nanoTime();
    pipeline = new StanfordCoreNLP(pipelineProperties(annotators));
    log(String.format("ready: pipeline built in %.1f s", (System.nanoTime() - started) / 1e9));
  }

  /** The one set of properties every request is annotated with (the pipeline is built once). */
  static Properties pipelineProperties(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    // Articles hold one paragraph per line, under a headline and often a date line: every line
    // break ends a sentence, so a headline without a full stop never runs into the date line or
    // the first paragraph. ("two" would join a headline to the date line right under it.)
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // invertible: every token keeps its original text and the whitespace before and after it,
    // so character offsets map back onto the article's own text.
    props.setProperty("tokenize.options", "invertible=true");
    props.setProperty("coref.algorithm", "fastneural");
    return props;
  }

  interface Handler {
    Reply handle(HttpExchange exchange, byte[] body) throws Exception;
  }

  record Reply(int status, byte[] json) {
    static Reply of(int status, String json) {
      return new Reply(status, json.getBytes(StandardCharsets.UTF_8));
    }

    static Reply error(int status, String message) {
      return of(status, "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
  }

  static Reply ready(HttpExchange exchange, byte[] body) {
    if (!exchange.getRequestMethod().equals("GET")) return Reply.error(405, "use GET /ready");
    return pipeline == null ? Reply.of(503, "{\"ready\":false}") : Reply.of(200, "{\"ready\":true}");
  }

  static Reply annotate(HttpExchange exchange, byte[] body) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) return Reply.error(405, "use POST /annotate with the text as the body");
    StanfordCoreNLP ready = pipeline;
    if (ready == null) return Reply.error(503, "the pipeline is still being built; ask GET /ready");
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return Reply.error(400, "the body is not UTF-8 text");
    }
    Annotation document = new Annotation(text);
    ready.annotate(document);
    ByteArrayOutputStream json = new ByteArrayOutputStream(text.length() * 40 + 1024);
    JSONOutputter.jsonPrint(document, json, new AnnotationOutputter.Options(false));
    return new Reply(200, json.toByteArray());
  }

  /** Checks the path and the token, reads the body within its limit, answers JSON. */
  static void respond(HttpExchange exchange, Handler handler) throws IOException {
    Reply reply;
    try {
      InputStream in = exchange.getRequestBody();
      if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
        discard(in);
        reply = Reply.error(404, "no such path; the server answers GET /ready and POST /annotate");
      } else if (!authorised(exchange)) {
        discard(in);
        reply = Reply.error(401, "missing or wrong token (Authorization: Bearer <the token file's content>)");
      } else {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
          discard(in);
          reply = Reply.error(413, "the text is larger than " + MAX_BODY_BYTES + " bytes");
        } else {
          reply = handler.handle(exchange, body);
        }
      }
    } catch (Exception e) {
      log("request failed: " + e);
      reply = Reply.error(500, "annotating failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(reply.status(), reply.json().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.json());
    }
  }

  static boolean authorised(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.startsWith("Bearer ")) return false;
    // Constant time: how much of a guess matches must not show in the answer's timing.
    return MessageDigest.isEqual(token, header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8));
  }

  static void discard(InputStream in) throws IOException {
    long left = MAX_DISCARD_BYTES;
    byte[] buffer = new byte[64 * 1024];
    for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) left -= n;
  }

  static Map<String, String> parseArguments(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("expected --name value, got " + args[i]);
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) throw new IllegalArgumentException("--" + name + " is required");
    return value;
  }

  static void log(String line) {
    System.out.println(Instant.now() + " [CoreNlpServer] " + line);
  }
}
