package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.api.FileUpload;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.client.ApiException;
import dev.skiff.client.SignableRequest;
import dev.skiff.client.ValidationException;
import dev.skiff.core.ValidationProblem;
import dev.skiff.test.LocalServerExtension;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated {@code ItemsClient} against the running sample over HTTP: every operation once,
 * a stream read while the server still holds its last element, and errors as exceptions.
 */
class ItemsClientHttpTest {
    private static volatile CountDownLatch releaseLast = new CountDownLatch(1);
    private static final AtomicBoolean LAST_PRODUCED = new AtomicBoolean();

    /** Holds the third element until the test has seen the first; releases at once when no test waits. */
    private static final Pacer GATE = index -> {
        if (index == 2) {
            releaseLast.await(30, TimeUnit.SECONDS);
            LAST_PRODUCED.set(true);
        }
    };

    private static final NewItem LAMP = new NewItem("Lamp", new BigDecimal("19.90"), List.of("home"),
            Optional.empty(), Optional.empty());

    @RegisterExtension
    final LocalServerExtension server = LocalServerExtension.of(() -> {
        ItemStore store = new ItemStore();
        for (String name : List.of("one", "two", "three")) {
            store.add(new NewItem(name, BigDecimal.ONE, List.of("seed"), Optional.empty(), Optional.empty()));
        }
        return SkiffRoutes.create(new ItemsApi(store, GATE)).withResolver(Caller.class, Caller::of);
    }).with(local -> local.trustWebAdapterContext(true));

    private final List<SignableRequest> signed = new ArrayList<>();

    @BeforeEach
    void closeTheGate() {
        releaseLast = new CountDownLatch(1);
        LAST_PRODUCED.set(false);
    }

    private ItemsClient client() {
        return ItemsClient.builder(server.baseUri())
                .timeout(Duration.ofSeconds(10))
                .header("x-test", "client")
                .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
                .signer(request -> {
                    signed.add(request);
                    return Map.of();
                })
                .build();
    }

    @Test
    void readsAndWritesJson_withPathQueryAndBody() {
        ItemsClient items = client();
        Item created = items.createItem(LAMP);
        assertThat(created.name()).isEqualTo("Lamp");
        assertThat(created.price()).isEqualByComparingTo("19.90");

        assertThat(items.getItem(created.id())).isEqualTo(created);
        assertThat(items.listItems(Optional.empty(), Optional.of("lam"))).containsExactly(created);
        assertThat(items.listItems(Optional.of(2), Optional.empty())).extracting(Item::name).containsExactly("one", "two");
        assertThat(items.listItemsByTag("seed", Optional.of(5))).extracting(Item::name)
                .containsExactly("one", "two", "three");
        Page<Item> page = items.listItemPage(1, 2);
        assertThat(page.items()).extracting(Item::name).containsExactly("two", "three");

        Item desk = items.updateItem(created.id(), new NewItem("Desk lamp", new BigDecimal("24"), List.of(),
                Optional.empty(), Optional.empty()));
        assertThat(desk.name()).isEqualTo("Desk lamp");
        assertThat(items.adjustItem(created.id(), new Discount(50)).price()).isEqualByComparingTo("12");
        assertThat(items.adjustItem(created.id(), new Reprice(new BigDecimal("9.99"))).price())
                .isEqualByComparingTo("9.99");

        items.deleteItem(created.id());
        assertThatThrownBy(() -> items.getItem(created.id())).isInstanceOf(ApiException.class);
    }

    @Test
    void queryTextWithSpacesPlusSignsAndAmpersands_reachesTheServerAsTyped() {
        // RFC 3986 encoding (%20, %2B, %26), as the TypeScript client sends it: a raw + would arrive as a space
        ItemsClient items = client();
        Item created = items.createItem(new NewItem("Bolts & nuts: M3+M4 50% off", BigDecimal.ONE, List.of(),
                Optional.empty(), Optional.empty()));
        assertThat(items.listItems(Optional.of(100), Optional.of("M3+M4 50% off"))).containsExactly(created);
        assertThat(items.listItems(Optional.of(100), Optional.of("M3 M4 50"))).isEmpty();
        assertThat(signed.get(signed.size() - 1).uri().getRawQuery()).isEqualTo("limit=100&q=M3%20M4%2050");
    }

    @Test
    void textResults_comeBackAsStrings() {
        ItemsClient items = client();
        assertThat(items.countItems()).isEqualTo("3");
        assertThat(items.itemCard(1)).isEqualTo("<article><h1>one</h1><p>1 EUR</p></article>");
    }

    @Test
    void aMissingItem_isAnApiExceptionWithStatusHeadersAndDetail() {
        ApiException missing = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> client().getItem(987654));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail()).isEqualTo("Item not found");
        assertThat(missing.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(missing.body()).isEqualTo("{\"detail\":\"Item not found\"}");
        assertThat(missing).isNotInstanceOf(ValidationException.class).hasMessage("HTTP 404: Item not found");

        ApiException deleted = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> client().deleteItem(987654));
        assertThat(deleted.status()).isEqualTo(404);
    }

    @Test
    void anInvalidRequest_isAValidationExceptionWithTypedProblems() {
        ValidationException invalid = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> client().listItems(Optional.of(500), Optional.empty()));
        assertThat(invalid.status()).isEqualTo(422);
        ValidationProblem problem = invalid.problems().get(0);
        assertThat(problem.loc()).containsExactly("query", "limit");
        assertThat(problem.type()).isEqualTo("max");
        assertThat(problem.msg()).isEqualTo("must be less than or equal to 100");
        assertThat(problem.input()).isEqualTo(500);
        assertThat(problem.ctx()).containsEntry("value", 100);

        ValidationException body = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> client().createItem(new NewItem(" ", new BigDecimal("-1"), List.of(), Optional.empty(),
                        Optional.empty())));
        assertThat(body.problems()).extracting(ValidationProblem::loc)
                .contains(List.of("body", "name"), List.of("body", "price"));
    }

    @Test
    void aUrlencodedForm_createsAnItem() {
        Item item = client().createItemFromForm("Fan & heater", new BigDecimal("49.50"),
                Optional.of(List.of("home", "air")));
        assertThat(item.name()).isEqualTo("Fan & heater");
        assertThat(item.price()).isEqualByComparingTo("49.50");
        assertThat(item.tags()).containsExactly("home", "air");
        SignableRequest sent = signed.get(signed.size() - 1);
        assertThat(sent.headers().get("content-type")).containsExactly("application/x-www-form-urlencoded");
    }

    @Test
    void aMultipartUpload_sendsTheFileAndItsFields() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        Photo photo = client().uploadPhoto(1, new FileUpload("lamp \"1\".png", "image/png", png),
                Optional.of("On the desk"));
        assertThat(photo.itemId()).isEqualTo(1);
        assertThat(photo.filename()).isEqualTo("lamp %221%22.png");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.size()).isEqualTo(png.length);
        assertThat(photo.caption()).hasValue("On the desk");

        ApiException noItem = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> client().uploadPhoto(987654, new FileUpload("a.png", "image/png", png), Optional.empty()));
        assertThat(noItem.status()).isEqualTo(404);
    }

    @Test
    void theSigner_seesEachRequestWhole_andItsHeadersAreSent() {
        String context = "{\"authorizer\":{\"iam\":{\"userArn\":\"arn:aws:iam::123456789012:user/ci\","
                + "\"accountId\":\"123456789012\"}}}";
        List<SignableRequest> seen = new ArrayList<>();
        ItemsClient signedClient = ItemsClient.builder(server.baseUri())
                .header("x-test", "client")
                .signer(request -> {
                    seen.add(request);
                    // as a SigV4 signer does: host is signed, and java.net.http sets it itself
                    return Map.of("x-amzn-request-context", List.of(context), "Host", List.of("ignored"));
                })
                .build();
        assertThat(signedClient.whoAmI()).isEqualTo(new Caller("arn:aws:iam::123456789012:user/ci", "IAM"));
        assertThat(seen.get(0).method()).isEqualTo("GET");
        assertThat(seen.get(0).uri()).isEqualTo(server.uri("/me"));
        assertThat(seen.get(0).headers()).containsEntry("x-test", List.of("client"));

        ApiException unsigned = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> client().whoAmI());
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.detail()).isEqualTo("Not authenticated");
    }

    @Test
    void jsonLines_arriveOneByOne_theFirstBeforeTheLastIsProduced() {
        try (Stream<Item> stream = client().streamItems()) {
            Iterator<Item> items = stream.iterator();
            assertThat(items.next().name()).isEqualTo("one");
            assertThat(LAST_PRODUCED).isFalse();

            releaseLast.countDown();
            assertThat(items.next().name()).isEqualTo("two");
            assertThat(items.next().name()).isEqualTo("three");
            assertThat(items.hasNext()).isFalse();
        }
        assertThat(LAST_PRODUCED).isTrue();
    }

    @Test
    void serverSentEvents_arriveOneByOne_withTheirNamesAndIds() {
        try (Stream<ServerSentEvent<Item>> stream = client().itemEvents()) {
            Iterator<ServerSentEvent<Item>> events = stream.iterator();
            ServerSentEvent<Item> first = events.next();
            assertThat(first.data().name()).isEqualTo("one");
            assertThat(first.event()).isEqualTo("item");
            assertThat(first.id()).isEqualTo("1");
            assertThat(LAST_PRODUCED).isFalse();

            releaseLast.countDown();
            assertThat(events.next().id()).isEqualTo("2");
            assertThat(events.next().data().name()).isEqualTo("three");
            assertThat(events.hasNext()).isFalse();
        }
    }
}
