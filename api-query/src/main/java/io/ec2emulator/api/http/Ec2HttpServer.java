package io.ec2emulator.api.http;

import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.api.dispatch.Dispatcher;
import io.ec2emulator.api.instanceconnect.InstanceConnectApi;
import io.ec2emulator.core.Emulator;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The EC2 Query API over HTTP/1.1 with keep-alive. The pipeline is short: HTTP codec, keep-alive,
 * a bounded aggregator, flow control (one request at a time per connection, so pipelined requests
 * are answered in order), then {@link QueryApiHandler}, which runs actions on a separate executor so
 * that they (they may wait for a region's lock or generate RSA keys) never block the event loop.
 */
public final class Ec2HttpServer implements AutoCloseable {

    private final ServerOptions options;
    private final EventLoopGroup ioGroup;
    private final ExecutorService actionExecutor;
    private final QueryApiHandler handler;
    private final Emulator emulator;
    private final ActionRegistry registry;
    private Channel channel;

    public Ec2HttpServer(Emulator emulator, ActionRegistry registry, ServerOptions options) {
        this(emulator, registry, options, StateFiles.NONE);
    }

    /** @param stateFiles what {@code /_ec2/state/save} and {@code /_ec2/state/load} use */
    public Ec2HttpServer(Emulator emulator, ActionRegistry registry, ServerOptions options, StateFiles stateFiles) {
        this.options = options;
        this.emulator = emulator;
        this.registry = registry;
        int cores = Runtime.getRuntime().availableProcessors();
        this.ioGroup = new MultiThreadIoEventLoopGroup(Math.max(1, cores), NioIoHandler.newFactory());
        this.actionExecutor = Executors.newFixedThreadPool(Math.max(4, cores * 2),
                new DefaultThreadFactory("ec2-action", true));
        Dispatcher dispatcher = new Dispatcher(emulator, registry, options.defaultAccountId());
        this.handler = new QueryApiHandler(dispatcher, new InstanceConnectApi(emulator, options.defaultAccountId()),
                new ControlEndpoints(emulator, registry, stateFiles),
                actionExecutor, new RequestLog(options.defaultAccountId()));
    }

    /**
     * Starts loading and initialising the codec's classes, and the default account's region, on a
     * background thread (start-up does that work in parallel instead of on the first request).
     * The result completes when the warm-up is done.
     */
    public CompletableFuture<Void> warmUpInBackground() {
        return Warmup.startInBackground(emulator, registry, options.defaultAccountId());
    }

    /** Binds and starts serving; returns the bound address (the real port when port 0 was asked). */
    public InetSocketAddress start() throws InterruptedException {
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(ioGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.ALLOCATOR, options.pooledBuffers() ? ByteBufAllocator.DEFAULT
                        : UnpooledByteBufAllocator.DEFAULT)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast("http", new HttpServerCodec())
                                .addLast("keepAlive", new HttpServerKeepAliveHandler())
                                .addLast("aggregate", new BoundedBodyAggregator(options.maxBodyBytes()))
                                .addLast("oneAtATime", new FlowControlHandler())
                                .addLast("api", handler);
                    }
                });
        channel = bootstrap.bind(options.bindAddress(), options.port()).sync().channel();
        return (InetSocketAddress) channel.localAddress();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().syncUninterruptibly();
        }
        actionExecutor.shutdown();
        try {
            actionExecutor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
