package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class SuperClassesTest {
    private static List<String> of(Node cls) {
        return SuperClasses.of(cls).stream().map(Node::getURI).toList();
    }

    @Test
    void a_person_is_a_schema_person() {
        assertEquals(List.of("https://schema.org/Person"), of(Vocab.PERSON));
    }

    @Test
    void an_organization_is_both_a_schema_and_an_org_organization() {
        assertEquals(List.of("http://www.w3.org/ns/org#Organization", "https://schema.org/Organization"), of(Vocab.ORGANIZATION));
    }

    @Test
    void superclasses_are_found_through_nkg_classes_and_never_name_one() {
        List<String> direct = of(Vocab.DIRECT_QUOTATION);
        assertTrue(direct.contains("https://schema.org/Quotation"), direct.toString());
        assertTrue(direct.stream().noneMatch(c -> c.startsWith(Vocab.NKG)), direct.toString());
    }

    @Test
    void a_class_the_ontology_does_not_specialize_has_none() {
        assertEquals(List.of(), of(NodeFactory.createURI(Vocab.NKG + "NoSuchClass")));
    }
}
