package io.ec2emulator.api.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/** Writes one complete HTTP answer, keeping the connection open when the client asked for keep-alive. */
final class HttpReplies {

    static final String XML = "text/xml;charset=UTF-8";
    static final String JSON = "application/json";

    private HttpReplies() {
    }

    /** An answer with the headers every answer carries. */
    static FullHttpResponse build(int status, String contentType, byte[] body, String requestId) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.SERVER, "AmazonEC2");
        if (requestId != null) {
            response.headers().set("x-amzn-RequestId", requestId);
        }
        return response;
    }

    static void send(ChannelHandlerContext ctx, boolean keepAlive, int status, String contentType, byte[] body,
                     String requestId) {
        FullHttpResponse response = build(status, contentType, body, requestId);
        if (keepAlive) {
            HttpUtil.setKeepAlive(response, true);
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
