package com.shiftledger.app.config;

import com.shiftledger.api.rejection.RejectedException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Turns a {@link RejectedException} into a {@link CommandExecutionException} whose details carry the refusal. */
class RejectionInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (RejectedException rejected) {
            throw new CommandExecutionException(rejected.getMessage(), rejected, rejected.rejection());
        }
    }
}
