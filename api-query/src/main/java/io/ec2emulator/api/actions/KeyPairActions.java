package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyPair;
import io.ec2emulator.core.keypairs.KeyPairs;
import io.ec2emulator.core.keypairs.KeyType;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.DeleteKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeKeyPairsResponse;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/** CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair. */
public final class KeyPairActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateKeyPair", CreateKeyPairRequest.class, this::create, "KeyName")
                .register("ImportKeyPair", ImportKeyPairRequest.class, this::importKeyPair,
                        "KeyName", "PublicKeyMaterial")
                .register("DescribeKeyPairs", DescribeKeyPairsRequest.class, this::describe)
                .register("DeleteKeyPair", DeleteKeyPairRequest.class, this::delete);
    }

    private CreateKeyPairResponse create(ActionContext ctx, CreateKeyPairRequest request) {
        KeyType type = enumValue(request.keyTypeAsString(), "KeyType", KeyType::fromWire).orElse(KeyType.RSA);
        KeyFormat format = enumValue(request.keyFormatAsString(), "KeyFormat", KeyFormat::fromWire)
                .orElse(KeyFormat.PEM);
        KeyPairs.Created created = ctx.state().keyPairs()
                .create(request.keyName(), type, format, Wire.tagSpecifications(request.tagSpecifications()));
        KeyPair keyPair = created.keyPair();
        return CreateKeyPairResponse.builder()
                .keyPairId(keyPair.keyPairId())
                .keyName(keyPair.keyName())
                .keyFingerprint(keyPair.fingerprint())
                .keyMaterial(created.keyMaterial())
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(keyPair.keyPairId())))
                .build();
    }

    private ImportKeyPairResponse importKeyPair(ActionContext ctx, ImportKeyPairRequest request) {
        KeyPair keyPair = ctx.state().keyPairs().importKey(request.keyName(),
                request.publicKeyMaterial().asByteArray(), Wire.tagSpecifications(request.tagSpecifications()));
        return ImportKeyPairResponse.builder()
                .keyPairId(keyPair.keyPairId())
                .keyName(keyPair.keyName())
                .keyFingerprint(keyPair.fingerprint())
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(keyPair.keyPairId())))
                .build();
    }

    private DescribeKeyPairsResponse describe(ActionContext ctx, DescribeKeyPairsRequest request) {
        boolean includePublicKey = Boolean.TRUE.equals(request.includePublicKey());
        List<KeyPair> keyPairs = ctx.state().keyPairs()
                .describe(request.keyNames(), request.keyPairIds(), Wire.filters(request.filters()));
        return DescribeKeyPairsResponse.builder()
                .keyPairs(keyPairs.stream().map(k -> KeyPairInfo.builder()
                        .keyPairId(k.keyPairId())
                        .keyName(k.keyName())
                        .keyFingerprint(k.fingerprint())
                        .keyType(k.keyType().wireValue())
                        .createTime(k.createTime())
                        .publicKey(includePublicKey ? k.publicKey() : null)
                        .tags(Wire.sdkTags(ctx.state().tags().tagsOf(k.keyPairId())))
                        .build()).toList())
                .build();
    }

    private DeleteKeyPairResponse delete(ActionContext ctx, DeleteKeyPairRequest request) {
        Optional<KeyPair> deleted = ctx.state().keyPairs().delete(request.keyName(), request.keyPairId());
        return DeleteKeyPairResponse.builder()
                .returnValue(true)
                .keyPairId(deleted.map(KeyPair::keyPairId).orElse(null))
                .build();
    }

    private static <E> Optional<E> enumValue(String wire, String parameter,
                                             java.util.function.Function<String, Optional<E>> parse) {
        if (wire == null) {
            return Optional.empty();
        }
        return Optional.of(parse.apply(wire).orElseThrow(() -> Ec2Error.invalidParameterValue(
                "Value (" + wire + ") for parameter " + parameter + " is invalid.")));
    }
}
