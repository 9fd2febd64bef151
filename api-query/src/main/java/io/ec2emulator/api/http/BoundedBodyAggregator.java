package io.ec2emulator.api.http;

import io.ec2emulator.api.dispatch.ApiResponse;
import io.ec2emulator.api.dispatch.Dispatcher;
import io.ec2emulator.core.Ec2Error;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/** Collects a request into one message, answering an over-long body with EC2's error shape (HTTP 413). */
final class BoundedBodyAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;

    BoundedBodyAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Netty answers {@code Expect:} headers itself; a refusal (417 for an unknown expectation, 413
     * for a body announced too large) gets EC2's error document like every other refusal.
     */
    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object answer = super.newContinueResponse(start, maxContentLength, pipeline);
        if (answer instanceof FullHttpResponse && ((FullHttpResponse) answer).status().code() >= 400) {
            FullHttpResponse refusal = (FullHttpResponse) answer;
            int status = refusal.status().code();
            refusal.release();
            Ec2Error error = status == 417
                    ? new Ec2Error("ExpectationFailed", "Only the expectation 100-continue is supported", 417)
                    : new Ec2Error("RequestEntityTooLarge",
                    "The request body is larger than the limit of " + maxBodyBytes + " bytes", status);
            ApiResponse response = Dispatcher.rejected(error);
            return HttpReplies.build(response.status(), HttpReplies.XML, response.body(), response.requestId());
        }
        return answer;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        ApiResponse response = Dispatcher.rejected(new Ec2Error("RequestEntityTooLarge",
                "The request body is larger than the limit of " + maxBodyBytes + " bytes", 413));
        HttpReplies.send(ctx, false, response.status(), HttpReplies.XML, response.body(), response.requestId());
    }
}
