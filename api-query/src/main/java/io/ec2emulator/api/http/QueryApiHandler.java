package io.ec2emulator.api.http;

import io.ec2emulator.api.codec.FormDecoder;
import io.ec2emulator.api.dispatch.ApiResponse;
import io.ec2emulator.api.dispatch.Dispatcher;
import io.ec2emulator.api.instanceconnect.InstanceConnectApi;
import io.ec2emulator.core.Ec2Error;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stage of the pipeline. It runs each request off the event loop, on the action executor,
 * and routes control paths to
 * {@link ControlEndpoints}, AWS JSON calls (an {@code X-Amz-Target} header) to {@link InstanceConnectApi},
 * and everything else, as an EC2 Query call (GET query string or POST form body), to the {@link Dispatcher}.
 */
@ChannelHandler.Sharable
final class QueryApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(QueryApiHandler.class);

    private static final String TARGET = "X-Amz-Target";

    private final Dispatcher dispatcher;
    private final InstanceConnectApi instanceConnect;
    private final ControlEndpoints control;
    private final Executor actions;
    private final RequestLog requestLog;

    QueryApiHandler(Dispatcher dispatcher, InstanceConnectApi instanceConnect, ControlEndpoints control,
                    Executor actions, RequestLog requestLog) {
        this.dispatcher = dispatcher;
        this.instanceConnect = instanceConnect;
        this.control = control;
        this.actions = actions;
        this.requestLog = requestLog;
    }

    /**
     * Hands the request to the action executor. The connection reads nothing more until the answer
     * is written, so answers on one keep-alive connection keep the order of the requests.
     */
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        FullHttpRequest retained = request.retain();
        ctx.channel().config().setAutoRead(false);
        try {
            actions.execute(() -> {
                try {
                    serve(ctx, retained);
                } finally {
                    retained.release();
                    resumeReading(ctx);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            retained.release();
            ctx.close();
        }
    }

    private static void resumeReading(ChannelHandlerContext ctx) {
        try {
            ctx.channel().config().setAutoRead(true);
        } catch (RejectedExecutionException shuttingDown) {
            ctx.close();
        }
    }

    private void serve(ChannelHandlerContext ctx, FullHttpRequest request) {
        long started = System.nanoTime();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String authorization = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (request.decoderResult().isFailure()) {
            ApiResponse rejected = Dispatcher.rejected(Ec2Error.client("MalformedQueryString",
                    "The HTTP request could not be parsed"));
            reply(ctx, false, rejected);
            requestLog.apiCall(rejected, authorization, null, started);
            return;
        }
        String uri = request.uri();
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        String query = question < 0 ? "" : uri.substring(question + 1);
        if (ControlEndpoints.handles(path)) {
            ControlEndpoints.Reply reply = control.serve(request.method().name(), path, body(request));
            HttpReplies.send(ctx, keepAlive, reply.status(), HttpReplies.JSON, reply.json(), null);
            requestLog.control(request.method().name(), path, reply.status(), started);
            return;
        }
        String target = request.headers().get(TARGET);
        if (target != null) {
            ApiResponse response = instanceConnect.serve(target, body(request), authorization);
            HttpReplies.send(ctx, keepAlive, response.status(), InstanceConnectApi.CONTENT_TYPE, response.body(),
                    response.requestId());
            requestLog.apiCall(response, authorization, null, started);
            return;
        }
        ApiResponse response;
        Map<String, String> params = null;
        try {
            params = parameters(request, query);
            response = dispatcher.dispatch(params, authorization);
        } catch (Ec2Error error) {
            response = Dispatcher.rejected(error);
        }
        reply(ctx, keepAlive, response);
        requestLog.apiCall(response, authorization, params == null ? null : params.get("X-Amz-Credential"), started);
    }

    private static byte[] body(FullHttpRequest request) {
        byte[] body = new byte[request.content().readableBytes()];
        request.content().getBytes(request.content().readerIndex(), body);
        return body;
    }

    private static Map<String, String> parameters(FullHttpRequest request, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        FormDecoder.decodeInto(query, params);
        HttpMethod method = request.method();
        if (HttpMethod.POST.equals(method)) {
            String contentType = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
            if (contentType != null
                    && !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                throw Ec2Error.client("MalformedQueryString", "Unsupported Content-Type '" + contentType
                        + "': the EC2 Query API takes application/x-www-form-urlencoded bodies");
            }
            FormDecoder.decodeInto(utf8(request), params);
        } else if (!HttpMethod.GET.equals(method)) {
            throw new Ec2Error("MethodNotAllowed", "The HTTP method " + method.name()
                    + " is not allowed; the EC2 Query API takes POST or GET", 405);
        }
        return params;
    }

    private static String utf8(FullHttpRequest request) {
        ByteBuffer body = request.content().nioBuffer();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(body).toString();
        } catch (CharacterCodingException e) {
            throw Ec2Error.client("MalformedQueryString", "The request body is not valid UTF-8");
        }
    }

    private static void reply(ChannelHandlerContext ctx, boolean keepAlive, ApiResponse response) {
        HttpReplies.send(ctx, keepAlive, response.status(), HttpReplies.XML, response.body(), response.requestId());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection error: {}", cause.toString());
        ctx.close();
    }
}
