package io.ec2emulator.ssh;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.ssh.shell.InstanceContext;
import io.ec2emulator.ssh.shell.InstanceContexts;
import java.util.function.Function;
import org.apache.sshd.server.session.ServerSession;

/** The instance a logged-in session runs on, as the emulated shell sees it, read from the region's state. */
final class SessionContexts implements Function<ServerSession, InstanceContext> {

    private final InstanceDirectory instances;

    SessionContexts(InstanceDirectory instances) {
        this.instances = instances;
    }

    @Override
    public InstanceContext apply(ServerSession session) {
        Login login = session.getAttribute(Login.KEY);
        if (login == null) {
            throw new IllegalStateException("the session is not logged in to an instance");
        }
        return instances.read(login.instance(), region -> {
            Instance instance = region.instances().resources().get(login.instance().instanceId())
                    .orElseThrow(() -> new IllegalStateException(login.instance() + " no longer exists"));
            return InstanceContexts.of(region, instance, login.user());
        });
    }
}
