package io.ec2emulator.server;

import io.ec2emulator.api.http.ServerOptions;
import io.ec2emulator.persistence.DataDirectory;
import io.ec2emulator.ssh.SshGatewayOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code --training-run}: starts the server on a free loopback port, sends it a few typical requests
 * over HTTP, and stops; then does the same twice with a temporary data directory (a fresh start and
 * a restoring one). The build runs it once under {@code -XX:ArchiveClassesAtExit} to record a
 * class-data-sharing archive of every class a real start needs, which roughly halves start-up time
 * when the emulator is started with {@code -XX:SharedArchiveFile}.
 */
final class TrainingRun {

    private static final List<String> REQUESTS = List.of(
            "GET /_ec2/health HTTP/1.1",
            "POST / Action=DescribeRegions&Version=2016-11-15",
            "POST / Action=DescribeAvailabilityZones&Version=2016-11-15&Filter.1.Name=zone-name&Filter.1.Value.1=us-east-1*",
            "POST / Action=CreateKeyPair&Version=2016-11-15&KeyName=training&KeyType=ed25519"
                    + "&TagSpecification.1.ResourceType=key-pair&TagSpecification.1.Tag.1.Key=Name&TagSpecification.1.Tag.1.Value=t",
            "POST / Action=DescribeKeyPairs&Version=2016-11-15&IncludePublicKey=true&Filter.1.Name=tag:Name&Filter.1.Value.1=t",
            "POST / Action=DescribeTags&Version=2016-11-15&MaxResults=5",
            "POST / Action=DeleteKeyPair&Version=2016-11-15&KeyName=training",
            "POST / Action=DescribeKeyPairs&Version=2016-11-15&KeyName.1=missing",
            "POST / Action=DescribeImages&Version=2016-11-15&Owner.1=amazon&Filter.1.Name=name"
                    + "&Filter.1.Value.1=al2023-ami-2023*-x86_64",
            "POST / Action=DescribeInstanceTypes&Version=2016-11-15&InstanceType.1=t3.micro",
            // Filters that no index backs are declared at the first call that filters (FilterSpec.deferred):
            // one such filter per family puts their classes into the archive.
            "POST / Action=DescribeVpcs&Version=2016-11-15&Filter.1.Name=is-default&Filter.1.Value.1=true",
            "POST / Action=DescribeSubnets&Version=2016-11-15&Filter.1.Name=default-for-az&Filter.1.Value.1=true",
            "POST / Action=DescribeSecurityGroups&Version=2016-11-15&Filter.1.Name=description&Filter.1.Value.1=*",
            "POST / Action=DescribeRouteTables&Version=2016-11-15&Filter.1.Name=association.main&Filter.1.Value.1=true",
            "POST / Action=DescribeNetworkAcls&Version=2016-11-15&Filter.1.Name=default&Filter.1.Value.1=true",
            "POST / Action=DescribeInstances&Version=2016-11-15&Filter.1.Name=instance-state-name&Filter.1.Value.1=running"
                    + "&Filter.2.Name=architecture&Filter.2.Value.1=x86_64",
            "POST / Action=DescribeNetworkInterfaces&Version=2016-11-15&Filter.1.Name=status&Filter.1.Value.1=in-use",
            "POST / Action=DescribeVolumes&Version=2016-11-15&Filter.1.Name=status&Filter.1.Value.1=available",
            "POST / Action=DescribeSnapshots&Version=2016-11-15&Owner.1=self&Filter.1.Name=status&Filter.1.Value.1=completed",
            "POST / Action=DescribeAddresses&Version=2016-11-15&Filter.1.Name=domain&Filter.1.Value.1=vpc",
            "POST / Action=NoSuchAction&Version=2016-11-15");

    private TrainingRun() {
    }

    /** With a data directory: what a start that restores state, a few writes and the state files load. */
    private static final List<String> DATA_DIR_REQUESTS = List.of(
            "POST / Action=CreateKeyPair&Version=2016-11-15&KeyName=training&KeyType=ed25519",
            "POST / Action=DescribeKeyPairs&Version=2016-11-15",
            "POST /_ec2/state/save");

    static void run() throws IOException, InterruptedException {
        ServerConfig config = new ServerConfig(ServerOptions.defaults().withPort(0).withBindAddress("127.0.0.1"));
        try (RunningEmulator running = Main.start(config, null, SshGatewayOptions.defaults().withPort(0))) {
            running.ssh();
            InetSocketAddress address = running.http().address();
            for (String request : REQUESTS) {
                send(address, request);
            }
        }
        Path dataDir = Files.createTempDirectory("ec2-emulator-training-");
        try {
            for (int start = 0; start < 2; start++) {
                try (DataDirectory data = DataDirectory.open(dataDir); RunningEmulator server = Main.start(config, data, null)) {
                    for (String request : DATA_DIR_REQUESTS.subList(start, DATA_DIR_REQUESTS.size())) {
                        send(server.http().address(), request);
                    }
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void send(InetSocketAddress address, String request) throws IOException {
        String http;
        if (request.startsWith("GET ")) {
            http = request + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        } else if (request.startsWith("POST /_ec2/")) {
            http = request + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        } else {
            String body = request.substring(request.indexOf(' ', 5) + 1);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            http = "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n" + body;
        }
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(http.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            if (status.length < 12) {
                throw new IOException("no answer to " + request);
            }
            in.readAllBytes();
        }
    }
}
