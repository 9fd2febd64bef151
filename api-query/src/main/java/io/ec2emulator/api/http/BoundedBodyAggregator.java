package io.ec2emulator.api.http;

import io.ec2emulator.api.dispatch.ApiResponse;
import io.ec2emulator.api.dispatch.Dispatcher;
import io.ec2emulator.core.Ec2Error;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/** Collects a request into one message, answering an over-long body with EC2's error shape (HTTP 413). */
final class BoundedBodyAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;

    BoundedBodyAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        ApiResponse response = Dispatcher.rejected(new Ec2Error("RequestEntityTooLarge",
                "The request body is larger than the limit of " + maxBodyBytes + " bytes", 413));
        HttpReplies.send(ctx, false, response.status(), HttpReplies.XML, response.body(), response.requestId());
    }
}
