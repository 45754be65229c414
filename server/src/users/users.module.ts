import { Module } from '@nestjs/common';
import { ColleaguesController } from './colleagues.controller';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController, ColleaguesController], providers: [UsersRepository, UsersService], exports: [UsersService] })
export class UsersModule {}
