package de.casebook.processes.card;

import de.casebook.domain.card.api.RecordEligibilityCommand;
import de.casebook.processes.shared.ProcessCommands;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Component;

/**
 * Feeds the business rule task and records its result. The facts (age, hours) are personal, so they
 * enter the engine only as transient variables of the task, never stored; the reasons the table
 * collects become {@code EligibilityDecidedEvent}.
 */
@Component("cardEligibility")
public class CardEligibility {

    private final CardApplicationPorts ports;
    private final ProcessCommands commands;

    public CardEligibility(CardApplicationPorts ports, ProcessCommands commands) {
        this.ports = ports;
        this.commands = commands;
    }

    public void prepare(DelegateExecution execution) {
        var facts = ports.eligibilityFacts(execution.getBusinessKey());
        execution.setVariableLocal("program", Variables.stringValue(facts.program(), true));
        execution.setVariableLocal("age", Variables.integerValue(facts.age(), true));
        execution.setVariableLocal("hoursPerWeek", Variables.doubleValue(facts.hoursPerWeek().doubleValue(), true));
        execution.setVariableLocal("hoursPerYear", Variables.integerValue(facts.hoursPerYear(), true));
        execution.setVariableLocal("yearsOfEngagement", Variables.integerValue(facts.yearsOfEngagement(), true));
        execution.setVariableLocal("requiredYears", Variables.integerValue(facts.requiredYears(), true));
        execution.setVariableLocal("unpaid", Variables.booleanValue(facts.unpaid(), true));
        execution.setVariableLocal("resident", Variables.booleanValue(facts.resident(), true));
        execution.setVariableLocal("qualification", Variables.stringValue(facts.qualification(), true));
        execution.setVariableLocal("confirmedOrganisations", Variables.integerValue(facts.confirmedOrganisations(), true));
    }

    public void record(DelegateExecution execution) {
        var result = (DmnDecisionResult) execution.getVariable("decisionResult");
        List<String> reasons = result.collectEntries("reason");
        commands.sendAsSystem(new RecordEligibilityCommand(execution.getBusinessKey(), reasons.isEmpty(),
                reasons.stream().distinct().toList()), execution, CardApplicationProcess.VAR_MUNICIPALITY);
    }
}
